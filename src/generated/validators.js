// Generated from plan/schema/*.schema.json by build.mjs (src/schema/compiler.ts). Do not edit: edit the schemas.
import * as imported0 from "ajv/dist/runtime/ucs2length.js";
import * as imported1 from "../schema/keywords.js";
function moduleExports(ns) { return ns.default !== undefined && ns.default.__esModule ? ns.default : ns; }
export const plan = validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://kt-bio.local/schema/plan.schema.json","title":"PlanIdentity","description":"plan/plan.yaml: the identity of the plan (kế hoạch) that the reports follow.","type":"object","additionalProperties":false,"required":["kind","number","date","issuer","title","signer","legalBasis","recipients"],"properties":{"kind":{"description":"Loại văn bản, e.g. Kế hoạch.","type":"string","minLength":1},"number":{"description":"Số, ký hiệu, e.g. 125/KH-UBND.","type":"string","minLength":1},"date":{"$ref":"defs.schema.json#/definitions/date"},"issuer":{"type":"object","additionalProperties":false,"required":["name","short"],"properties":{"name":{"$ref":"defs.schema.json#/definitions/text"},"short":{"$ref":"defs.schema.json#/definitions/text"}}},"title":{"description":"Trích yếu nội dung.","type":"string","minLength":1},"signer":{"type":"object","additionalProperties":false,"required":["authority","title","name"],"properties":{"authority":{"type":"array","items":{"type":"string","minLength":1},"minItems":1},"title":{"type":"string","minLength":1},"name":{"type":"string","minLength":1}}},"legalBasis":{"description":"Căn cứ: the documents the plan implements.","type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["kind","number","date","issuer"],"properties":{"kind":{"type":"string","minLength":1},"number":{"type":"string","minLength":1},"date":{"$ref":"defs.schema.json#/definitions/date"},"issuer":{"type":"string","minLength":1},"title":{"type":"string","minLength":1}}}},"period":{"description":"The years the plan runs (giai đoạn), e.g. from 2023 to 2030.","type":"object","additionalProperties":false,"required":["from","to"],"properties":{"from":{"type":"integer","minimum":1900,"maximum":2999},"to":{"type":"integer","minimum":1900,"maximum":2999}}},"recipients":{"description":"Nơi nhận, as printed on the plan.","type":"array","items":{"type":"string","minLength":1}}}};
const schema13 = {"description":"A calendar date: DD/MM/YYYY (leading zeros optional) or YYYY-MM-DD.","tsType":"string","kt-date":true};
const schema14 = {"type":"string","minLength":1};
const func2 = Object.prototype.hasOwnProperty;
const func3 = moduleExports(imported0).default;
const func5 = imported1.ktDateProblem;

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://kt-bio.local/schema/plan.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.kind === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.number === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "number"},message:"must have required property '"+"number"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.date === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.issuer === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "issuer"},message:"must have required property '"+"issuer"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.title === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.signer === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "signer"},message:"must have required property '"+"signer"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.legalBasis === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "legalBasis"},message:"must have required property '"+"legalBasis"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.recipients === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "recipients"},message:"must have required property '"+"recipients"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema11.properties, key0))){
const err8 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.kind !== undefined){
let data0 = data.kind;
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err9 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.kind.type,parentSchema:schema11.properties.kind,data:data0};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.number !== undefined){
let data1 = data.number;
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err11 = {instancePath:instancePath+"/number",schemaPath:"#/properties/number/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.number,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/number",schemaPath:"#/properties/number/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.number.type,parentSchema:schema11.properties.number,data:data1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.date !== undefined){
let data2 = data.date;
const problem0 = func5(data2);
if(problem0 !== undefined){
const err13 = {instancePath:instancePath+"/date",schemaPath:"defs.schema.json#/definitions/date/kt-date",keyword:"kt-date",params:problem0.params,message:problem0.message,schema:true,parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.issuer !== undefined){
let data3 = data.issuer;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
if(data3.name === undefined){
const err14 = {instancePath:instancePath+"/issuer",schemaPath:"#/properties/issuer/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.properties.issuer.required,parentSchema:schema11.properties.issuer,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data3.short === undefined){
const err15 = {instancePath:instancePath+"/issuer",schemaPath:"#/properties/issuer/required",keyword:"required",params:{missingProperty: "short"},message:"must have required property '"+"short"+"'",schema:schema11.properties.issuer.required,parentSchema:schema11.properties.issuer,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
for(const key1 in data3){
if(!((key1 === "name") || (key1 === "short"))){
const err16 = {instancePath:instancePath+"/issuer",schemaPath:"#/properties/issuer/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.issuer,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data3.name !== undefined){
let data4 = data3.name;
if(typeof data4 === "string"){
if(func3(data4) < 1){
const err17 = {instancePath:instancePath+"/issuer/name",schemaPath:"defs.schema.json#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/issuer/name",schemaPath:"defs.schema.json#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data3.short !== undefined){
let data5 = data3.short;
if(typeof data5 === "string"){
if(func3(data5) < 1){
const err19 = {instancePath:instancePath+"/issuer/short",schemaPath:"defs.schema.json#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
else {
const err20 = {instancePath:instancePath+"/issuer/short",schemaPath:"defs.schema.json#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
}
else {
const err21 = {instancePath:instancePath+"/issuer",schemaPath:"#/properties/issuer/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.issuer.type,parentSchema:schema11.properties.issuer,data:data3};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.title !== undefined){
let data6 = data.title;
if(typeof data6 === "string"){
if(func3(data6) < 1){
const err22 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.title,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
else {
const err23 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.title.type,parentSchema:schema11.properties.title,data:data6};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.signer !== undefined){
let data7 = data.signer;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.authority === undefined){
const err24 = {instancePath:instancePath+"/signer",schemaPath:"#/properties/signer/required",keyword:"required",params:{missingProperty: "authority"},message:"must have required property '"+"authority"+"'",schema:schema11.properties.signer.required,parentSchema:schema11.properties.signer,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data7.title === undefined){
const err25 = {instancePath:instancePath+"/signer",schemaPath:"#/properties/signer/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema11.properties.signer.required,parentSchema:schema11.properties.signer,data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data7.name === undefined){
const err26 = {instancePath:instancePath+"/signer",schemaPath:"#/properties/signer/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema11.properties.signer.required,parentSchema:schema11.properties.signer,data:data7};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
for(const key2 in data7){
if(!(((key2 === "authority") || (key2 === "title")) || (key2 === "name"))){
const err27 = {instancePath:instancePath+"/signer",schemaPath:"#/properties/signer/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.signer,data:data7};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data7.authority !== undefined){
let data8 = data7.authority;
if(Array.isArray(data8)){
if(data8.length < 1){
const err28 = {instancePath:instancePath+"/signer/authority",schemaPath:"#/properties/signer/properties/authority/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.signer.properties.authority,data:data8};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
if(typeof data9 === "string"){
if(func3(data9) < 1){
const err29 = {instancePath:instancePath+"/signer/authority/" + i0,schemaPath:"#/properties/signer/properties/authority/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.signer.properties.authority.items,data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/signer/authority/" + i0,schemaPath:"#/properties/signer/properties/authority/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.signer.properties.authority.items.type,parentSchema:schema11.properties.signer.properties.authority.items,data:data9};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/signer/authority",schemaPath:"#/properties/signer/properties/authority/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.signer.properties.authority.type,parentSchema:schema11.properties.signer.properties.authority,data:data8};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data7.title !== undefined){
let data10 = data7.title;
if(typeof data10 === "string"){
if(func3(data10) < 1){
const err32 = {instancePath:instancePath+"/signer/title",schemaPath:"#/properties/signer/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.signer.properties.title,data:data10};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/signer/title",schemaPath:"#/properties/signer/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.signer.properties.title.type,parentSchema:schema11.properties.signer.properties.title,data:data10};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data7.name !== undefined){
let data11 = data7.name;
if(typeof data11 === "string"){
if(func3(data11) < 1){
const err34 = {instancePath:instancePath+"/signer/name",schemaPath:"#/properties/signer/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.signer.properties.name,data:data11};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/signer/name",schemaPath:"#/properties/signer/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.signer.properties.name.type,parentSchema:schema11.properties.signer.properties.name,data:data11};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/signer",schemaPath:"#/properties/signer/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.signer.type,parentSchema:schema11.properties.signer,data:data7};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.legalBasis !== undefined){
let data12 = data.legalBasis;
if(Array.isArray(data12)){
if(data12.length < 1){
const err37 = {instancePath:instancePath+"/legalBasis",schemaPath:"#/properties/legalBasis/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties.legalBasis,data:data12};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
const len1 = data12.length;
for(let i1=0; i1<len1; i1++){
let data13 = data12[i1];
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.kind === undefined){
const err38 = {instancePath:instancePath+"/legalBasis/" + i1,schemaPath:"#/properties/legalBasis/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema11.properties.legalBasis.items.required,parentSchema:schema11.properties.legalBasis.items,data:data13};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data13.number === undefined){
const err39 = {instancePath:instancePath+"/legalBasis/" + i1,schemaPath:"#/properties/legalBasis/items/required",keyword:"required",params:{missingProperty: "number"},message:"must have required property '"+"number"+"'",schema:schema11.properties.legalBasis.items.required,parentSchema:schema11.properties.legalBasis.items,data:data13};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
if(data13.date === undefined){
const err40 = {instancePath:instancePath+"/legalBasis/" + i1,schemaPath:"#/properties/legalBasis/items/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'",schema:schema11.properties.legalBasis.items.required,parentSchema:schema11.properties.legalBasis.items,data:data13};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(data13.issuer === undefined){
const err41 = {instancePath:instancePath+"/legalBasis/" + i1,schemaPath:"#/properties/legalBasis/items/required",keyword:"required",params:{missingProperty: "issuer"},message:"must have required property '"+"issuer"+"'",schema:schema11.properties.legalBasis.items.required,parentSchema:schema11.properties.legalBasis.items,data:data13};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
for(const key3 in data13){
if(!(((((key3 === "kind") || (key3 === "number")) || (key3 === "date")) || (key3 === "issuer")) || (key3 === "title"))){
const err42 = {instancePath:instancePath+"/legalBasis/" + i1,schemaPath:"#/properties/legalBasis/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.legalBasis.items,data:data13};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data13.kind !== undefined){
let data14 = data13.kind;
if(typeof data14 === "string"){
if(func3(data14) < 1){
const err43 = {instancePath:instancePath+"/legalBasis/" + i1+"/kind",schemaPath:"#/properties/legalBasis/items/properties/kind/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.legalBasis.items.properties.kind,data:data14};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
else {
const err44 = {instancePath:instancePath+"/legalBasis/" + i1+"/kind",schemaPath:"#/properties/legalBasis/items/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.legalBasis.items.properties.kind.type,parentSchema:schema11.properties.legalBasis.items.properties.kind,data:data14};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data13.number !== undefined){
let data15 = data13.number;
if(typeof data15 === "string"){
if(func3(data15) < 1){
const err45 = {instancePath:instancePath+"/legalBasis/" + i1+"/number",schemaPath:"#/properties/legalBasis/items/properties/number/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.legalBasis.items.properties.number,data:data15};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/legalBasis/" + i1+"/number",schemaPath:"#/properties/legalBasis/items/properties/number/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.legalBasis.items.properties.number.type,parentSchema:schema11.properties.legalBasis.items.properties.number,data:data15};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data13.date !== undefined){
let data16 = data13.date;
const problem1 = func5(data16);
if(problem1 !== undefined){
const err47 = {instancePath:instancePath+"/legalBasis/" + i1+"/date",schemaPath:"defs.schema.json#/definitions/date/kt-date",keyword:"kt-date",params:problem1.params,message:problem1.message,schema:true,parentSchema:schema13,data:data16};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
if(data13.issuer !== undefined){
let data17 = data13.issuer;
if(typeof data17 === "string"){
if(func3(data17) < 1){
const err48 = {instancePath:instancePath+"/legalBasis/" + i1+"/issuer",schemaPath:"#/properties/legalBasis/items/properties/issuer/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.legalBasis.items.properties.issuer,data:data17};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/legalBasis/" + i1+"/issuer",schemaPath:"#/properties/legalBasis/items/properties/issuer/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.legalBasis.items.properties.issuer.type,parentSchema:schema11.properties.legalBasis.items.properties.issuer,data:data17};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data13.title !== undefined){
let data18 = data13.title;
if(typeof data18 === "string"){
if(func3(data18) < 1){
const err50 = {instancePath:instancePath+"/legalBasis/" + i1+"/title",schemaPath:"#/properties/legalBasis/items/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.legalBasis.items.properties.title,data:data18};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/legalBasis/" + i1+"/title",schemaPath:"#/properties/legalBasis/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.legalBasis.items.properties.title.type,parentSchema:schema11.properties.legalBasis.items.properties.title,data:data18};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
}
else {
const err52 = {instancePath:instancePath+"/legalBasis/" + i1,schemaPath:"#/properties/legalBasis/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.legalBasis.items.type,parentSchema:schema11.properties.legalBasis.items,data:data13};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
}
else {
const err53 = {instancePath:instancePath+"/legalBasis",schemaPath:"#/properties/legalBasis/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.legalBasis.type,parentSchema:schema11.properties.legalBasis,data:data12};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data.period !== undefined){
let data19 = data.period;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.from === undefined){
const err54 = {instancePath:instancePath+"/period",schemaPath:"#/properties/period/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema11.properties.period.required,parentSchema:schema11.properties.period,data:data19};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(data19.to === undefined){
const err55 = {instancePath:instancePath+"/period",schemaPath:"#/properties/period/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'",schema:schema11.properties.period.required,parentSchema:schema11.properties.period,data:data19};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
for(const key4 in data19){
if(!((key4 === "from") || (key4 === "to"))){
const err56 = {instancePath:instancePath+"/period",schemaPath:"#/properties/period/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.period,data:data19};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data19.from !== undefined){
let data20 = data19.from;
if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){
const err57 = {instancePath:instancePath+"/period/from",schemaPath:"#/properties/period/properties/from/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.period.properties.from.type,parentSchema:schema11.properties.period.properties.from,data:data20};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 > 2999 || isNaN(data20)){
const err58 = {instancePath:instancePath+"/period/from",schemaPath:"#/properties/period/properties/from/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2999},message:"must be <= 2999",schema:2999,parentSchema:schema11.properties.period.properties.from,data:data20};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(data20 < 1900 || isNaN(data20)){
const err59 = {instancePath:instancePath+"/period/from",schemaPath:"#/properties/period/properties/from/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1900},message:"must be >= 1900",schema:1900,parentSchema:schema11.properties.period.properties.from,data:data20};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
if(data19.to !== undefined){
let data21 = data19.to;
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
const err60 = {instancePath:instancePath+"/period/to",schemaPath:"#/properties/period/properties/to/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.period.properties.to.type,parentSchema:schema11.properties.period.properties.to,data:data21};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 > 2999 || isNaN(data21)){
const err61 = {instancePath:instancePath+"/period/to",schemaPath:"#/properties/period/properties/to/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2999},message:"must be <= 2999",schema:2999,parentSchema:schema11.properties.period.properties.to,data:data21};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(data21 < 1900 || isNaN(data21)){
const err62 = {instancePath:instancePath+"/period/to",schemaPath:"#/properties/period/properties/to/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1900},message:"must be >= 1900",schema:1900,parentSchema:schema11.properties.period.properties.to,data:data21};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
}
else {
const err63 = {instancePath:instancePath+"/period",schemaPath:"#/properties/period/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.period.type,parentSchema:schema11.properties.period,data:data19};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
if(data.recipients !== undefined){
let data22 = data.recipients;
if(Array.isArray(data22)){
const len2 = data22.length;
for(let i2=0; i2<len2; i2++){
let data23 = data22[i2];
if(typeof data23 === "string"){
if(func3(data23) < 1){
const err64 = {instancePath:instancePath+"/recipients/" + i2,schemaPath:"#/properties/recipients/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema11.properties.recipients.items,data:data23};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
else {
const err65 = {instancePath:instancePath+"/recipients/" + i2,schemaPath:"#/properties/recipients/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.recipients.items.type,parentSchema:schema11.properties.recipients.items,data:data23};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
}
else {
const err66 = {instancePath:instancePath+"/recipients",schemaPath:"#/properties/recipients/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties.recipients.type,parentSchema:schema11.properties.recipients,data:data22};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
}
else {
const err67 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

export const reporting = validate12;
const schema17 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://kt-bio.local/schema/reporting.schema.json","title":"ReportingRules","description":"plan/reporting.yaml: who reports to whom, and by when, every year.","type":"object","additionalProperties":false,"required":["unitReport","provincialReport"],"properties":{"unitReport":{"$ref":"#/definitions/rule"},"provincialReport":{"$ref":"#/definitions/rule"},"periods":{"description":"Reporting periods besides the yearly one (unitReport, provincialReport), e.g. a six-monthly report before 15/6. `check` and `compile` take --period <id>; the period's reports are in reports/<year>/<id>/.","type":"array","items":{"$ref":"#/definitions/period"}}},"definitions":{"deadline":{"type":"object","additionalProperties":false,"required":["day","month","inclusive"],"properties":{"day":{"type":"integer","minimum":1,"maximum":31},"month":{"type":"integer","minimum":1,"maximum":12},"inclusive":{"description":"true: a report dated on the deadline day itself is on time.","type":"boolean"},"nextYear":{"description":"true: the deadline falls in the year after the year reported on (báo cáo năm trước ngày 15/01 năm sau).","type":"boolean"}}},"period":{"type":"object","additionalProperties":false,"required":["id","name","unitDeadline"],"properties":{"id":{"description":"What --period takes, and the name of the period's folder in reports/<year>/.","$ref":"defs.schema.json#/definitions/id"},"name":{"description":"The period as documents name it, e.g. 6 tháng đầu năm.","type":"string","minLength":1},"unitDeadline":{"description":"Units' reports of the period.","$ref":"#/definitions/deadline"},"provincialDeadline":{"description":"The compiled report of the period (absent: the unit deadline).","$ref":"#/definitions/deadline"},"source":{"description":"Where the plan says so.","type":"string","minLength":1}}},"rule":{"type":"object","additionalProperties":false,"required":["deadline","recipient","source"],"properties":{"deadline":{"$ref":"#/definitions/deadline"},"recipient":{"description":"Who receives the report, as the plan words it.","type":"string","minLength":1},"recipients":{"description":"The bodies the report goes to, each by its full name, when the plan names several (Ủy ban nhân dân tỉnh Lâm Đồng; Ban Thường vụ Tỉnh ủy Lâm Đồng). The compiled report is addressed to them, in this order, and lists each in Nơi nhận with (b/c). Absent: the provincial People's Committee (issuers.yaml).","type":"array","minItems":1,"items":{"type":"string","minLength":1}},"compiler":{"$ref":"defs.schema.json#/definitions/id"},"adHoc":{"description":"Also on request (đột xuất khi có yêu cầu).","type":"boolean"},"source":{"description":"Where the plan says so.","type":"string","minLength":1}}}}};
const schema18 = {"type":"object","additionalProperties":false,"required":["deadline","recipient","source"],"properties":{"deadline":{"$ref":"#/definitions/deadline"},"recipient":{"description":"Who receives the report, as the plan words it.","type":"string","minLength":1},"recipients":{"description":"The bodies the report goes to, each by its full name, when the plan names several (Ủy ban nhân dân tỉnh Lâm Đồng; Ban Thường vụ Tỉnh ủy Lâm Đồng). The compiled report is addressed to them, in this order, and lists each in Nơi nhận with (b/c). Absent: the provincial People's Committee (issuers.yaml).","type":"array","minItems":1,"items":{"type":"string","minLength":1}},"compiler":{"$ref":"defs.schema.json#/definitions/id"},"adHoc":{"description":"Also on request (đột xuất khi có yêu cầu).","type":"boolean"},"source":{"description":"Where the plan says so.","type":"string","minLength":1}}};
const schema19 = {"type":"object","additionalProperties":false,"required":["day","month","inclusive"],"properties":{"day":{"type":"integer","minimum":1,"maximum":31},"month":{"type":"integer","minimum":1,"maximum":12},"inclusive":{"description":"true: a report dated on the deadline day itself is on time.","type":"boolean"},"nextYear":{"description":"true: the deadline falls in the year after the year reported on (báo cáo năm trước ngày 15/01 năm sau).","type":"boolean"}}};
const schema20 = {"description":"A stable identifier: lower-case letters, digits and hyphens (units, groups).","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$"};
const pattern0 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.deadline === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "deadline"},message:"must have required property '"+"deadline"+"'",schema:schema18.required,parentSchema:schema18,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.recipient === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "recipient"},message:"must have required property '"+"recipient"+"'",schema:schema18.required,parentSchema:schema18,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.source === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'",schema:schema18.required,parentSchema:schema18,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((((((key0 === "deadline") || (key0 === "recipient")) || (key0 === "recipients")) || (key0 === "compiler")) || (key0 === "adHoc")) || (key0 === "source"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema18,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.deadline !== undefined){
let data0 = data.deadline;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.day === undefined){
const err4 = {instancePath:instancePath+"/deadline",schemaPath:"#/definitions/deadline/required",keyword:"required",params:{missingProperty: "day"},message:"must have required property '"+"day"+"'",schema:schema19.required,parentSchema:schema19,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0.month === undefined){
const err5 = {instancePath:instancePath+"/deadline",schemaPath:"#/definitions/deadline/required",keyword:"required",params:{missingProperty: "month"},message:"must have required property '"+"month"+"'",schema:schema19.required,parentSchema:schema19,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data0.inclusive === undefined){
const err6 = {instancePath:instancePath+"/deadline",schemaPath:"#/definitions/deadline/required",keyword:"required",params:{missingProperty: "inclusive"},message:"must have required property '"+"inclusive"+"'",schema:schema19.required,parentSchema:schema19,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
for(const key1 in data0){
if(!((((key1 === "day") || (key1 === "month")) || (key1 === "inclusive")) || (key1 === "nextYear"))){
const err7 = {instancePath:instancePath+"/deadline",schemaPath:"#/definitions/deadline/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema19,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data0.day !== undefined){
let data1 = data0.day;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err8 = {instancePath:instancePath+"/deadline/day",schemaPath:"#/definitions/deadline/properties/day/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema19.properties.day.type,parentSchema:schema19.properties.day,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 31 || isNaN(data1)){
const err9 = {instancePath:instancePath+"/deadline/day",schemaPath:"#/definitions/deadline/properties/day/maximum",keyword:"maximum",params:{comparison: "<=", limit: 31},message:"must be <= 31",schema:31,parentSchema:schema19.properties.day,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data1 < 1 || isNaN(data1)){
const err10 = {instancePath:instancePath+"/deadline/day",schemaPath:"#/definitions/deadline/properties/day/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema19.properties.day,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
if(data0.month !== undefined){
let data2 = data0.month;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err11 = {instancePath:instancePath+"/deadline/month",schemaPath:"#/definitions/deadline/properties/month/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema19.properties.month.type,parentSchema:schema19.properties.month,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 12 || isNaN(data2)){
const err12 = {instancePath:instancePath+"/deadline/month",schemaPath:"#/definitions/deadline/properties/month/maximum",keyword:"maximum",params:{comparison: "<=", limit: 12},message:"must be <= 12",schema:12,parentSchema:schema19.properties.month,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data2 < 1 || isNaN(data2)){
const err13 = {instancePath:instancePath+"/deadline/month",schemaPath:"#/definitions/deadline/properties/month/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema19.properties.month,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data0.inclusive !== undefined){
let data3 = data0.inclusive;
if(typeof data3 !== "boolean"){
const err14 = {instancePath:instancePath+"/deadline/inclusive",schemaPath:"#/definitions/deadline/properties/inclusive/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema19.properties.inclusive.type,parentSchema:schema19.properties.inclusive,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data0.nextYear !== undefined){
let data4 = data0.nextYear;
if(typeof data4 !== "boolean"){
const err15 = {instancePath:instancePath+"/deadline/nextYear",schemaPath:"#/definitions/deadline/properties/nextYear/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema19.properties.nextYear.type,parentSchema:schema19.properties.nextYear,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
}
else {
const err16 = {instancePath:instancePath+"/deadline",schemaPath:"#/definitions/deadline/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.type,parentSchema:schema19,data:data0};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.recipient !== undefined){
let data5 = data.recipient;
if(typeof data5 === "string"){
if(func3(data5) < 1){
const err17 = {instancePath:instancePath+"/recipient",schemaPath:"#/properties/recipient/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema18.properties.recipient,data:data5};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/recipient",schemaPath:"#/properties/recipient/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.properties.recipient.type,parentSchema:schema18.properties.recipient,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.recipients !== undefined){
let data6 = data.recipients;
if(Array.isArray(data6)){
if(data6.length < 1){
const err19 = {instancePath:instancePath+"/recipients",schemaPath:"#/properties/recipients/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema18.properties.recipients,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
if(typeof data7 === "string"){
if(func3(data7) < 1){
const err20 = {instancePath:instancePath+"/recipients/" + i0,schemaPath:"#/properties/recipients/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema18.properties.recipients.items,data:data7};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/recipients/" + i0,schemaPath:"#/properties/recipients/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.properties.recipients.items.type,parentSchema:schema18.properties.recipients.items,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/recipients",schemaPath:"#/properties/recipients/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema18.properties.recipients.type,parentSchema:schema18.properties.recipients,data:data6};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.compiler !== undefined){
let data8 = data.compiler;
if(typeof data8 === "string"){
if(!pattern0.test(data8)){
const err23 = {instancePath:instancePath+"/compiler",schemaPath:"defs.schema.json#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema20,data:data8};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/compiler",schemaPath:"defs.schema.json#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.type,parentSchema:schema20,data:data8};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data.adHoc !== undefined){
let data9 = data.adHoc;
if(typeof data9 !== "boolean"){
const err25 = {instancePath:instancePath+"/adHoc",schemaPath:"#/properties/adHoc/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema18.properties.adHoc.type,parentSchema:schema18.properties.adHoc,data:data9};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.source !== undefined){
let data10 = data.source;
if(typeof data10 === "string"){
if(func3(data10) < 1){
const err26 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema18.properties.source,data:data10};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema18.properties.source.type,parentSchema:schema18.properties.source,data:data10};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema18.type,parentSchema:schema18,data};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
validate13.errors = vErrors;
return errors === 0;
}

const schema21 = {"type":"object","additionalProperties":false,"required":["id","name","unitDeadline"],"properties":{"id":{"description":"What --period takes, and the name of the period's folder in reports/<year>/.","$ref":"defs.schema.json#/definitions/id"},"name":{"description":"The period as documents name it, e.g. 6 tháng đầu năm.","type":"string","minLength":1},"unitDeadline":{"description":"Units' reports of the period.","$ref":"#/definitions/deadline"},"provincialDeadline":{"description":"The compiled report of the period (absent: the unit deadline).","$ref":"#/definitions/deadline"},"source":{"description":"Where the plan says so.","type":"string","minLength":1}}};

function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema21.required,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema21.required,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.unitDeadline === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "unitDeadline"},message:"must have required property '"+"unitDeadline"+"'",schema:schema21.required,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "id") || (key0 === "name")) || (key0 === "unitDeadline")) || (key0 === "provincialDeadline")) || (key0 === "source"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err4 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema20,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.type,parentSchema:schema20,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.properties.name,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.name.type,parentSchema:schema21.properties.name,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.unitDeadline !== undefined){
let data2 = data.unitDeadline;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.day === undefined){
const err8 = {instancePath:instancePath+"/unitDeadline",schemaPath:"#/definitions/deadline/required",keyword:"required",params:{missingProperty: "day"},message:"must have required property '"+"day"+"'",schema:schema19.required,parentSchema:schema19,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data2.month === undefined){
const err9 = {instancePath:instancePath+"/unitDeadline",schemaPath:"#/definitions/deadline/required",keyword:"required",params:{missingProperty: "month"},message:"must have required property '"+"month"+"'",schema:schema19.required,parentSchema:schema19,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data2.inclusive === undefined){
const err10 = {instancePath:instancePath+"/unitDeadline",schemaPath:"#/definitions/deadline/required",keyword:"required",params:{missingProperty: "inclusive"},message:"must have required property '"+"inclusive"+"'",schema:schema19.required,parentSchema:schema19,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key1 in data2){
if(!((((key1 === "day") || (key1 === "month")) || (key1 === "inclusive")) || (key1 === "nextYear"))){
const err11 = {instancePath:instancePath+"/unitDeadline",schemaPath:"#/definitions/deadline/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema19,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data2.day !== undefined){
let data3 = data2.day;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err12 = {instancePath:instancePath+"/unitDeadline/day",schemaPath:"#/definitions/deadline/properties/day/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema19.properties.day.type,parentSchema:schema19.properties.day,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 31 || isNaN(data3)){
const err13 = {instancePath:instancePath+"/unitDeadline/day",schemaPath:"#/definitions/deadline/properties/day/maximum",keyword:"maximum",params:{comparison: "<=", limit: 31},message:"must be <= 31",schema:31,parentSchema:schema19.properties.day,data:data3};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err14 = {instancePath:instancePath+"/unitDeadline/day",schemaPath:"#/definitions/deadline/properties/day/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema19.properties.day,data:data3};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data2.month !== undefined){
let data4 = data2.month;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err15 = {instancePath:instancePath+"/unitDeadline/month",schemaPath:"#/definitions/deadline/properties/month/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema19.properties.month.type,parentSchema:schema19.properties.month,data:data4};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 12 || isNaN(data4)){
const err16 = {instancePath:instancePath+"/unitDeadline/month",schemaPath:"#/definitions/deadline/properties/month/maximum",keyword:"maximum",params:{comparison: "<=", limit: 12},message:"must be <= 12",schema:12,parentSchema:schema19.properties.month,data:data4};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data4 < 1 || isNaN(data4)){
const err17 = {instancePath:instancePath+"/unitDeadline/month",schemaPath:"#/definitions/deadline/properties/month/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema19.properties.month,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
if(data2.inclusive !== undefined){
let data5 = data2.inclusive;
if(typeof data5 !== "boolean"){
const err18 = {instancePath:instancePath+"/unitDeadline/inclusive",schemaPath:"#/definitions/deadline/properties/inclusive/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema19.properties.inclusive.type,parentSchema:schema19.properties.inclusive,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data2.nextYear !== undefined){
let data6 = data2.nextYear;
if(typeof data6 !== "boolean"){
const err19 = {instancePath:instancePath+"/unitDeadline/nextYear",schemaPath:"#/definitions/deadline/properties/nextYear/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema19.properties.nextYear.type,parentSchema:schema19.properties.nextYear,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/unitDeadline",schemaPath:"#/definitions/deadline/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.type,parentSchema:schema19,data:data2};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.provincialDeadline !== undefined){
let data7 = data.provincialDeadline;
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.day === undefined){
const err21 = {instancePath:instancePath+"/provincialDeadline",schemaPath:"#/definitions/deadline/required",keyword:"required",params:{missingProperty: "day"},message:"must have required property '"+"day"+"'",schema:schema19.required,parentSchema:schema19,data:data7};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data7.month === undefined){
const err22 = {instancePath:instancePath+"/provincialDeadline",schemaPath:"#/definitions/deadline/required",keyword:"required",params:{missingProperty: "month"},message:"must have required property '"+"month"+"'",schema:schema19.required,parentSchema:schema19,data:data7};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data7.inclusive === undefined){
const err23 = {instancePath:instancePath+"/provincialDeadline",schemaPath:"#/definitions/deadline/required",keyword:"required",params:{missingProperty: "inclusive"},message:"must have required property '"+"inclusive"+"'",schema:schema19.required,parentSchema:schema19,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
for(const key2 in data7){
if(!((((key2 === "day") || (key2 === "month")) || (key2 === "inclusive")) || (key2 === "nextYear"))){
const err24 = {instancePath:instancePath+"/provincialDeadline",schemaPath:"#/definitions/deadline/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema19,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data7.day !== undefined){
let data8 = data7.day;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err25 = {instancePath:instancePath+"/provincialDeadline/day",schemaPath:"#/definitions/deadline/properties/day/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema19.properties.day.type,parentSchema:schema19.properties.day,data:data8};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 31 || isNaN(data8)){
const err26 = {instancePath:instancePath+"/provincialDeadline/day",schemaPath:"#/definitions/deadline/properties/day/maximum",keyword:"maximum",params:{comparison: "<=", limit: 31},message:"must be <= 31",schema:31,parentSchema:schema19.properties.day,data:data8};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data8 < 1 || isNaN(data8)){
const err27 = {instancePath:instancePath+"/provincialDeadline/day",schemaPath:"#/definitions/deadline/properties/day/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema19.properties.day,data:data8};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
if(data7.month !== undefined){
let data9 = data7.month;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err28 = {instancePath:instancePath+"/provincialDeadline/month",schemaPath:"#/definitions/deadline/properties/month/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema19.properties.month.type,parentSchema:schema19.properties.month,data:data9};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 12 || isNaN(data9)){
const err29 = {instancePath:instancePath+"/provincialDeadline/month",schemaPath:"#/definitions/deadline/properties/month/maximum",keyword:"maximum",params:{comparison: "<=", limit: 12},message:"must be <= 12",schema:12,parentSchema:schema19.properties.month,data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data9 < 1 || isNaN(data9)){
const err30 = {instancePath:instancePath+"/provincialDeadline/month",schemaPath:"#/definitions/deadline/properties/month/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema19.properties.month,data:data9};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
if(data7.inclusive !== undefined){
let data10 = data7.inclusive;
if(typeof data10 !== "boolean"){
const err31 = {instancePath:instancePath+"/provincialDeadline/inclusive",schemaPath:"#/definitions/deadline/properties/inclusive/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema19.properties.inclusive.type,parentSchema:schema19.properties.inclusive,data:data10};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data7.nextYear !== undefined){
let data11 = data7.nextYear;
if(typeof data11 !== "boolean"){
const err32 = {instancePath:instancePath+"/provincialDeadline/nextYear",schemaPath:"#/definitions/deadline/properties/nextYear/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema19.properties.nextYear.type,parentSchema:schema19.properties.nextYear,data:data11};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/provincialDeadline",schemaPath:"#/definitions/deadline/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema19.type,parentSchema:schema19,data:data7};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.source !== undefined){
let data12 = data.source;
if(typeof data12 === "string"){
if(func3(data12) < 1){
const err34 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema21.properties.source,data:data12};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema21.properties.source.type,parentSchema:schema21.properties.source,data:data12};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.type,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
validate16.errors = vErrors;
return errors === 0;
}


function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://kt-bio.local/schema/reporting.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.unitReport === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "unitReport"},message:"must have required property '"+"unitReport"+"'",schema:schema17.required,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.provincialReport === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "provincialReport"},message:"must have required property '"+"provincialReport"+"'",schema:schema17.required,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "unitReport") || (key0 === "provincialReport")) || (key0 === "periods"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.unitReport !== undefined){
if(!(validate13(data.unitReport, {instancePath:instancePath+"/unitReport",parentData:data,parentDataProperty:"unitReport",rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
}
if(data.provincialReport !== undefined){
if(!(validate13(data.provincialReport, {instancePath:instancePath+"/provincialReport",parentData:data,parentDataProperty:"provincialReport",rootData}))){
vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
errors = vErrors.length;
}
}
if(data.periods !== undefined){
let data2 = data.periods;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
if(!(validate16(data2[i0], {instancePath:instancePath+"/periods/" + i0,parentData:data2,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate16.errors : vErrors.concat(validate16.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/periods",schemaPath:"#/properties/periods/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema17.properties.periods.type,parentSchema:schema17.properties.periods,data:data2};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema17.type,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate12.errors = vErrors;
return errors === 0;
}

export const funding = validate18;
const schema25 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://kt-bio.local/schema/funding.schema.json","title":"FundingSources","description":"plan/funding.yaml: the funding sources of section III; reports give spending by these ids.","type":"object","additionalProperties":false,"required":["sources"],"properties":{"source":{"type":"string"},"planned":{"description":"Kinh phí of the plan as a whole, when it gives amounts: the total, or by year, in đồng.","type":"object","additionalProperties":false,"properties":{"total":{"type":"integer","minimum":0},"byYear":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["year","amount"],"properties":{"year":{"type":"integer","minimum":1900,"maximum":2999},"amount":{"type":"integer","minimum":0}}}},"note":{"description":"How the plan words its funding when it gives no figure.","type":"string","minLength":1}}},"sources":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["id","name"],"properties":{"id":{"type":"string","pattern":"^[a-z][a-z0-9_]*$"},"name":{"type":"string","minLength":1},"short":{"type":"string","minLength":1}}}}}};
const pattern2 = new RegExp("^[a-z][a-z0-9_]*$", "u");

function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://kt-bio.local/schema/funding.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.sources === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sources"},message:"must have required property '"+"sources"+"'",schema:schema25.required,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "source") || (key0 === "planned")) || (key0 === "sources"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.source !== undefined){
let data0 = data.source;
if(typeof data0 !== "string"){
const err2 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.source.type,parentSchema:schema25.properties.source,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.planned !== undefined){
let data1 = data.planned;
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
for(const key1 in data1){
if(!(((key1 === "total") || (key1 === "byYear")) || (key1 === "note"))){
const err3 = {instancePath:instancePath+"/planned",schemaPath:"#/properties/planned/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema25.properties.planned,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data1.total !== undefined){
let data2 = data1.total;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err4 = {instancePath:instancePath+"/planned/total",schemaPath:"#/properties/planned/properties/total/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema25.properties.planned.properties.total.type,parentSchema:schema25.properties.planned.properties.total,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
const err5 = {instancePath:instancePath+"/planned/total",schemaPath:"#/properties/planned/properties/total/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema25.properties.planned.properties.total,data:data2};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data1.byYear !== undefined){
let data3 = data1.byYear;
if(Array.isArray(data3)){
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
if(data4.year === undefined){
const err6 = {instancePath:instancePath+"/planned/byYear/" + i0,schemaPath:"#/properties/planned/properties/byYear/items/required",keyword:"required",params:{missingProperty: "year"},message:"must have required property '"+"year"+"'",schema:schema25.properties.planned.properties.byYear.items.required,parentSchema:schema25.properties.planned.properties.byYear.items,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data4.amount === undefined){
const err7 = {instancePath:instancePath+"/planned/byYear/" + i0,schemaPath:"#/properties/planned/properties/byYear/items/required",keyword:"required",params:{missingProperty: "amount"},message:"must have required property '"+"amount"+"'",schema:schema25.properties.planned.properties.byYear.items.required,parentSchema:schema25.properties.planned.properties.byYear.items,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
for(const key2 in data4){
if(!((key2 === "year") || (key2 === "amount"))){
const err8 = {instancePath:instancePath+"/planned/byYear/" + i0,schemaPath:"#/properties/planned/properties/byYear/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema25.properties.planned.properties.byYear.items,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data4.year !== undefined){
let data5 = data4.year;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err9 = {instancePath:instancePath+"/planned/byYear/" + i0+"/year",schemaPath:"#/properties/planned/properties/byYear/items/properties/year/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema25.properties.planned.properties.byYear.items.properties.year.type,parentSchema:schema25.properties.planned.properties.byYear.items.properties.year,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 2999 || isNaN(data5)){
const err10 = {instancePath:instancePath+"/planned/byYear/" + i0+"/year",schemaPath:"#/properties/planned/properties/byYear/items/properties/year/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2999},message:"must be <= 2999",schema:2999,parentSchema:schema25.properties.planned.properties.byYear.items.properties.year,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data5 < 1900 || isNaN(data5)){
const err11 = {instancePath:instancePath+"/planned/byYear/" + i0+"/year",schemaPath:"#/properties/planned/properties/byYear/items/properties/year/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1900},message:"must be >= 1900",schema:1900,parentSchema:schema25.properties.planned.properties.byYear.items.properties.year,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data4.amount !== undefined){
let data6 = data4.amount;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err12 = {instancePath:instancePath+"/planned/byYear/" + i0+"/amount",schemaPath:"#/properties/planned/properties/byYear/items/properties/amount/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema25.properties.planned.properties.byYear.items.properties.amount.type,parentSchema:schema25.properties.planned.properties.byYear.items.properties.amount,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
const err13 = {instancePath:instancePath+"/planned/byYear/" + i0+"/amount",schemaPath:"#/properties/planned/properties/byYear/items/properties/amount/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema25.properties.planned.properties.byYear.items.properties.amount,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
}
else {
const err14 = {instancePath:instancePath+"/planned/byYear/" + i0,schemaPath:"#/properties/planned/properties/byYear/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema25.properties.planned.properties.byYear.items.type,parentSchema:schema25.properties.planned.properties.byYear.items,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/planned/byYear",schemaPath:"#/properties/planned/properties/byYear/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema25.properties.planned.properties.byYear.type,parentSchema:schema25.properties.planned.properties.byYear,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data1.note !== undefined){
let data7 = data1.note;
if(typeof data7 === "string"){
if(func3(data7) < 1){
const err16 = {instancePath:instancePath+"/planned/note",schemaPath:"#/properties/planned/properties/note/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema25.properties.planned.properties.note,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/planned/note",schemaPath:"#/properties/planned/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.planned.properties.note.type,parentSchema:schema25.properties.planned.properties.note,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/planned",schemaPath:"#/properties/planned/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema25.properties.planned.type,parentSchema:schema25.properties.planned,data:data1};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.sources !== undefined){
let data8 = data.sources;
if(Array.isArray(data8)){
if(data8.length < 1){
const err19 = {instancePath:instancePath+"/sources",schemaPath:"#/properties/sources/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema25.properties.sources,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
let data9 = data8[i1];
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.id === undefined){
const err20 = {instancePath:instancePath+"/sources/" + i1,schemaPath:"#/properties/sources/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema25.properties.sources.items.required,parentSchema:schema25.properties.sources.items,data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data9.name === undefined){
const err21 = {instancePath:instancePath+"/sources/" + i1,schemaPath:"#/properties/sources/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema25.properties.sources.items.required,parentSchema:schema25.properties.sources.items,data:data9};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
for(const key3 in data9){
if(!(((key3 === "id") || (key3 === "name")) || (key3 === "short"))){
const err22 = {instancePath:instancePath+"/sources/" + i1,schemaPath:"#/properties/sources/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema25.properties.sources.items,data:data9};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data9.id !== undefined){
let data10 = data9.id;
if(typeof data10 === "string"){
if(!pattern2.test(data10)){
const err23 = {instancePath:instancePath+"/sources/" + i1+"/id",schemaPath:"#/properties/sources/items/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\"",schema:"^[a-z][a-z0-9_]*$",parentSchema:schema25.properties.sources.items.properties.id,data:data10};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/sources/" + i1+"/id",schemaPath:"#/properties/sources/items/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.sources.items.properties.id.type,parentSchema:schema25.properties.sources.items.properties.id,data:data10};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data9.name !== undefined){
let data11 = data9.name;
if(typeof data11 === "string"){
if(func3(data11) < 1){
const err25 = {instancePath:instancePath+"/sources/" + i1+"/name",schemaPath:"#/properties/sources/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema25.properties.sources.items.properties.name,data:data11};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
else {
const err26 = {instancePath:instancePath+"/sources/" + i1+"/name",schemaPath:"#/properties/sources/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.sources.items.properties.name.type,parentSchema:schema25.properties.sources.items.properties.name,data:data11};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data9.short !== undefined){
let data12 = data9.short;
if(typeof data12 === "string"){
if(func3(data12) < 1){
const err27 = {instancePath:instancePath+"/sources/" + i1+"/short",schemaPath:"#/properties/sources/items/properties/short/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema25.properties.sources.items.properties.short,data:data12};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/sources/" + i1+"/short",schemaPath:"#/properties/sources/items/properties/short/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema25.properties.sources.items.properties.short.type,parentSchema:schema25.properties.sources.items.properties.short,data:data12};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/sources/" + i1,schemaPath:"#/properties/sources/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema25.properties.sources.items.type,parentSchema:schema25.properties.sources.items,data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/sources",schemaPath:"#/properties/sources/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema25.properties.sources.type,parentSchema:schema25.properties.sources,data:data8};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema25.type,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
validate18.errors = vErrors;
return errors === 0;
}

export const units = validate19;
const schema26 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://kt-bio.local/schema/units.schema.json","title":"UnitRegistry","description":"plan/units.yaml: the units (cơ quan, đơn vị) and groups the plan names, with their lifetimes.","type":"object","additionalProperties":false,"required":["units","groups"],"properties":{"units":{"type":"array","items":{"$ref":"#/definitions/unit"}},"groups":{"type":"array","items":{"$ref":"#/definitions/group"}}},"definitions":{"lifetime":{"type":"object","properties":{"from":{"description":"First day in office (absent: before the plan).","$ref":"defs.schema.json#/definitions/date"},"until":{"description":"Last day in office (absent: still in office).","$ref":"defs.schema.json#/definitions/date"}}},"successor":{"description":"The unit or group that takes over the tasks from the day after `until`.","$ref":"defs.schema.json#/definitions/id"},"unit":{"type":"object","additionalProperties":false,"required":["id","name","short","kind"],"properties":{"id":{"$ref":"defs.schema.json#/definitions/id"},"name":{"description":"Full Vietnamese name.","type":"string","minLength":1},"short":{"description":"Short name used in tables.","type":"string","minLength":1},"kind":{"type":"string","enum":["department","board","district","commune","organisation"]},"from":{"$ref":"defs.schema.json#/definitions/date"},"until":{"$ref":"defs.schema.json#/definitions/date"},"successors":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/successor"}},"names":{"description":"Later names of the same unit (đổi tên, or continued by a merged unit of the new province).","type":"array","items":{"type":"object","additionalProperties":false,"required":["from","name","short"],"properties":{"from":{"$ref":"defs.schema.json#/definitions/date"},"name":{"type":"string","minLength":1},"short":{"type":"string","minLength":1},"basis":{"$ref":"defs.schema.json#/definitions/basis"}}}},"basis":{"$ref":"defs.schema.json#/definitions/basis"},"unconfirmed":{"description":"What could not be confirmed about this entry.","type":"string","minLength":1}}},"group":{"type":"object","additionalProperties":false,"required":["id","name","members"],"properties":{"id":{"$ref":"defs.schema.json#/definitions/id"},"name":{"type":"string","minLength":1},"from":{"$ref":"defs.schema.json#/definitions/date"},"until":{"$ref":"defs.schema.json#/definitions/date"},"successors":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/successor"}},"basis":{"$ref":"defs.schema.json#/definitions/basis"},"unconfirmed":{"type":"string","minLength":1},"whereToAdd":{"description":"Shown while the group has no members: where to add them.","type":"string","minLength":1},"members":{"description":"Unit ids, or {unit, from, until} for a membership shorter than the unit's life.","type":"array","items":{"oneOf":[{"$ref":"defs.schema.json#/definitions/id"},{"type":"object","additionalProperties":false,"required":["unit"],"properties":{"unit":{"$ref":"defs.schema.json#/definitions/id"},"from":{"$ref":"defs.schema.json#/definitions/date"},"until":{"$ref":"defs.schema.json#/definitions/date"}}}]}}}}}};
const schema27 = {"type":"object","additionalProperties":false,"required":["id","name","short","kind"],"properties":{"id":{"$ref":"defs.schema.json#/definitions/id"},"name":{"description":"Full Vietnamese name.","type":"string","minLength":1},"short":{"description":"Short name used in tables.","type":"string","minLength":1},"kind":{"type":"string","enum":["department","board","district","commune","organisation"]},"from":{"$ref":"defs.schema.json#/definitions/date"},"until":{"$ref":"defs.schema.json#/definitions/date"},"successors":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/successor"}},"names":{"description":"Later names of the same unit (đổi tên, or continued by a merged unit of the new province).","type":"array","items":{"type":"object","additionalProperties":false,"required":["from","name","short"],"properties":{"from":{"$ref":"defs.schema.json#/definitions/date"},"name":{"type":"string","minLength":1},"short":{"type":"string","minLength":1},"basis":{"$ref":"defs.schema.json#/definitions/basis"}}}},"basis":{"$ref":"defs.schema.json#/definitions/basis"},"unconfirmed":{"description":"What could not be confirmed about this entry.","type":"string","minLength":1}}};
const schema33 = {"description":"The legal basis (căn cứ) of a dated fact, e.g. the decree that merged a department.","type":"string","minLength":1};

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema27.required,parentSchema:schema27,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema27.required,parentSchema:schema27,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.short === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "short"},message:"must have required property '"+"short"+"'",schema:schema27.required,parentSchema:schema27,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.kind === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema27.required,parentSchema:schema27,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema27.properties, key0))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema27,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err5 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema20,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.type,parentSchema:schema20,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27.properties.name,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.name.type,parentSchema:schema27.properties.name,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.short !== undefined){
let data2 = data.short;
if(typeof data2 === "string"){
if(func3(data2) < 1){
const err9 = {instancePath:instancePath+"/short",schemaPath:"#/properties/short/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27.properties.short,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/short",schemaPath:"#/properties/short/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.short.type,parentSchema:schema27.properties.short,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.kind !== undefined){
let data3 = data.kind;
if(typeof data3 !== "string"){
const err11 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.kind.type,parentSchema:schema27.properties.kind,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!(((((data3 === "department") || (data3 === "board")) || (data3 === "district")) || (data3 === "commune")) || (data3 === "organisation"))){
const err12 = {instancePath:instancePath+"/kind",schemaPath:"#/properties/kind/enum",keyword:"enum",params:{allowedValues: schema27.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema27.properties.kind.enum,parentSchema:schema27.properties.kind,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.from !== undefined){
let data4 = data.from;
const problem0 = func5(data4);
if(problem0 !== undefined){
const err13 = {instancePath:instancePath+"/from",schemaPath:"defs.schema.json#/definitions/date/kt-date",keyword:"kt-date",params:problem0.params,message:problem0.message,schema:true,parentSchema:schema13,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.until !== undefined){
let data5 = data.until;
const problem1 = func5(data5);
if(problem1 !== undefined){
const err14 = {instancePath:instancePath+"/until",schemaPath:"defs.schema.json#/definitions/date/kt-date",keyword:"kt-date",params:problem1.params,message:problem1.message,schema:true,parentSchema:schema13,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.successors !== undefined){
let data6 = data.successors;
if(Array.isArray(data6)){
if(data6.length < 1){
const err15 = {instancePath:instancePath+"/successors",schemaPath:"#/properties/successors/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema27.properties.successors,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
if(typeof data7 === "string"){
if(!pattern0.test(data7)){
const err16 = {instancePath:instancePath+"/successors/" + i0,schemaPath:"#/definitions/successor/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema20,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/successors/" + i0,schemaPath:"#/definitions/successor/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.type,parentSchema:schema20,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/successors",schemaPath:"#/properties/successors/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema27.properties.successors.type,parentSchema:schema27.properties.successors,data:data6};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.names !== undefined){
let data8 = data.names;
if(Array.isArray(data8)){
const len1 = data8.length;
for(let i1=0; i1<len1; i1++){
let data9 = data8[i1];
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.from === undefined){
const err19 = {instancePath:instancePath+"/names/" + i1,schemaPath:"#/properties/names/items/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema27.properties.names.items.required,parentSchema:schema27.properties.names.items,data:data9};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data9.name === undefined){
const err20 = {instancePath:instancePath+"/names/" + i1,schemaPath:"#/properties/names/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema27.properties.names.items.required,parentSchema:schema27.properties.names.items,data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data9.short === undefined){
const err21 = {instancePath:instancePath+"/names/" + i1,schemaPath:"#/properties/names/items/required",keyword:"required",params:{missingProperty: "short"},message:"must have required property '"+"short"+"'",schema:schema27.properties.names.items.required,parentSchema:schema27.properties.names.items,data:data9};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
for(const key1 in data9){
if(!((((key1 === "from") || (key1 === "name")) || (key1 === "short")) || (key1 === "basis"))){
const err22 = {instancePath:instancePath+"/names/" + i1,schemaPath:"#/properties/names/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema27.properties.names.items,data:data9};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data9.from !== undefined){
let data10 = data9.from;
const problem2 = func5(data10);
if(problem2 !== undefined){
const err23 = {instancePath:instancePath+"/names/" + i1+"/from",schemaPath:"defs.schema.json#/definitions/date/kt-date",keyword:"kt-date",params:problem2.params,message:problem2.message,schema:true,parentSchema:schema13,data:data10};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data9.name !== undefined){
let data11 = data9.name;
if(typeof data11 === "string"){
if(func3(data11) < 1){
const err24 = {instancePath:instancePath+"/names/" + i1+"/name",schemaPath:"#/properties/names/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27.properties.names.items.properties.name,data:data11};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/names/" + i1+"/name",schemaPath:"#/properties/names/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.names.items.properties.name.type,parentSchema:schema27.properties.names.items.properties.name,data:data11};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data9.short !== undefined){
let data12 = data9.short;
if(typeof data12 === "string"){
if(func3(data12) < 1){
const err26 = {instancePath:instancePath+"/names/" + i1+"/short",schemaPath:"#/properties/names/items/properties/short/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27.properties.names.items.properties.short,data:data12};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/names/" + i1+"/short",schemaPath:"#/properties/names/items/properties/short/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.names.items.properties.short.type,parentSchema:schema27.properties.names.items.properties.short,data:data12};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data9.basis !== undefined){
let data13 = data9.basis;
if(typeof data13 === "string"){
if(func3(data13) < 1){
const err28 = {instancePath:instancePath+"/names/" + i1+"/basis",schemaPath:"defs.schema.json#/definitions/basis/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data13};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/names/" + i1+"/basis",schemaPath:"defs.schema.json#/definitions/basis/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data13};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/names/" + i1,schemaPath:"#/properties/names/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema27.properties.names.items.type,parentSchema:schema27.properties.names.items,data:data9};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/names",schemaPath:"#/properties/names/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema27.properties.names.type,parentSchema:schema27.properties.names,data:data8};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.basis !== undefined){
let data14 = data.basis;
if(typeof data14 === "string"){
if(func3(data14) < 1){
const err32 = {instancePath:instancePath+"/basis",schemaPath:"defs.schema.json#/definitions/basis/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data14};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
else {
const err33 = {instancePath:instancePath+"/basis",schemaPath:"defs.schema.json#/definitions/basis/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data14};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.unconfirmed !== undefined){
let data15 = data.unconfirmed;
if(typeof data15 === "string"){
if(func3(data15) < 1){
const err34 = {instancePath:instancePath+"/unconfirmed",schemaPath:"#/properties/unconfirmed/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27.properties.unconfirmed,data:data15};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
else {
const err35 = {instancePath:instancePath+"/unconfirmed",schemaPath:"#/properties/unconfirmed/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.properties.unconfirmed.type,parentSchema:schema27.properties.unconfirmed,data:data15};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema27.type,parentSchema:schema27,data};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}

const schema35 = {"type":"object","additionalProperties":false,"required":["id","name","members"],"properties":{"id":{"$ref":"defs.schema.json#/definitions/id"},"name":{"type":"string","minLength":1},"from":{"$ref":"defs.schema.json#/definitions/date"},"until":{"$ref":"defs.schema.json#/definitions/date"},"successors":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/successor"}},"basis":{"$ref":"defs.schema.json#/definitions/basis"},"unconfirmed":{"type":"string","minLength":1},"whereToAdd":{"description":"Shown while the group has no members: where to add them.","type":"string","minLength":1},"members":{"description":"Unit ids, or {unit, from, until} for a membership shorter than the unit's life.","type":"array","items":{"oneOf":[{"$ref":"defs.schema.json#/definitions/id"},{"type":"object","additionalProperties":false,"required":["unit"],"properties":{"unit":{"$ref":"defs.schema.json#/definitions/id"},"from":{"$ref":"defs.schema.json#/definitions/date"},"until":{"$ref":"defs.schema.json#/definitions/date"}}}]}}}};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.name === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.members === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "members"},message:"must have required property '"+"members"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema35.properties, key0))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err4 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema20,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.type,parentSchema:schema20,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.name !== undefined){
let data1 = data.name;
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err6 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.name,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.name.type,parentSchema:schema35.properties.name,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.from !== undefined){
let data2 = data.from;
const problem0 = func5(data2);
if(problem0 !== undefined){
const err8 = {instancePath:instancePath+"/from",schemaPath:"defs.schema.json#/definitions/date/kt-date",keyword:"kt-date",params:problem0.params,message:problem0.message,schema:true,parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.until !== undefined){
let data3 = data.until;
const problem1 = func5(data3);
if(problem1 !== undefined){
const err9 = {instancePath:instancePath+"/until",schemaPath:"defs.schema.json#/definitions/date/kt-date",keyword:"kt-date",params:problem1.params,message:problem1.message,schema:true,parentSchema:schema13,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.successors !== undefined){
let data4 = data.successors;
if(Array.isArray(data4)){
if(data4.length < 1){
const err10 = {instancePath:instancePath+"/successors",schemaPath:"#/properties/successors/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema35.properties.successors,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(typeof data5 === "string"){
if(!pattern0.test(data5)){
const err11 = {instancePath:instancePath+"/successors/" + i0,schemaPath:"#/definitions/successor/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema20,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/successors/" + i0,schemaPath:"#/definitions/successor/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.type,parentSchema:schema20,data:data5};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/successors",schemaPath:"#/properties/successors/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema35.properties.successors.type,parentSchema:schema35.properties.successors,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.basis !== undefined){
let data6 = data.basis;
if(typeof data6 === "string"){
if(func3(data6) < 1){
const err14 = {instancePath:instancePath+"/basis",schemaPath:"defs.schema.json#/definitions/basis/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/basis",schemaPath:"defs.schema.json#/definitions/basis/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.unconfirmed !== undefined){
let data7 = data.unconfirmed;
if(typeof data7 === "string"){
if(func3(data7) < 1){
const err16 = {instancePath:instancePath+"/unconfirmed",schemaPath:"#/properties/unconfirmed/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.unconfirmed,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/unconfirmed",schemaPath:"#/properties/unconfirmed/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.unconfirmed.type,parentSchema:schema35.properties.unconfirmed,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.whereToAdd !== undefined){
let data8 = data.whereToAdd;
if(typeof data8 === "string"){
if(func3(data8) < 1){
const err18 = {instancePath:instancePath+"/whereToAdd",schemaPath:"#/properties/whereToAdd/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema35.properties.whereToAdd,data:data8};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/whereToAdd",schemaPath:"#/properties/whereToAdd/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema35.properties.whereToAdd.type,parentSchema:schema35.properties.whereToAdd,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.members !== undefined){
let data9 = data.members;
if(Array.isArray(data9)){
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
let data10 = data9[i1];
const _errs26 = errors;
let valid10 = false;
let passing0 = null;
const _errs27 = errors;
if(typeof data10 === "string"){
if(!pattern0.test(data10)){
const err20 = {instancePath:instancePath+"/members/" + i1,schemaPath:"defs.schema.json#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema20,data:data10};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/members/" + i1,schemaPath:"defs.schema.json#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.type,parentSchema:schema20,data:data10};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
var _valid0 = _errs27 === errors;
if(_valid0){
valid10 = true;
passing0 = 0;
}
const _errs30 = errors;
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
if(data10.unit === undefined){
const err22 = {instancePath:instancePath+"/members/" + i1,schemaPath:"#/properties/members/items/oneOf/1/required",keyword:"required",params:{missingProperty: "unit"},message:"must have required property '"+"unit"+"'",schema:schema35.properties.members.items.oneOf[1].required,parentSchema:schema35.properties.members.items.oneOf[1],data:data10};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
for(const key1 in data10){
if(!(((key1 === "unit") || (key1 === "from")) || (key1 === "until"))){
const err23 = {instancePath:instancePath+"/members/" + i1,schemaPath:"#/properties/members/items/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema35.properties.members.items.oneOf[1],data:data10};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data10.unit !== undefined){
let data11 = data10.unit;
if(typeof data11 === "string"){
if(!pattern0.test(data11)){
const err24 = {instancePath:instancePath+"/members/" + i1+"/unit",schemaPath:"defs.schema.json#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema20,data:data11};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/members/" + i1+"/unit",schemaPath:"defs.schema.json#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.type,parentSchema:schema20,data:data11};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data10.from !== undefined){
let data12 = data10.from;
const problem2 = func5(data12);
if(problem2 !== undefined){
const err26 = {instancePath:instancePath+"/members/" + i1+"/from",schemaPath:"defs.schema.json#/definitions/date/kt-date",keyword:"kt-date",params:problem2.params,message:problem2.message,schema:true,parentSchema:schema13,data:data12};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data10.until !== undefined){
let data13 = data10.until;
const problem3 = func5(data13);
if(problem3 !== undefined){
const err27 = {instancePath:instancePath+"/members/" + i1+"/until",schemaPath:"defs.schema.json#/definitions/date/kt-date",keyword:"kt-date",params:problem3.params,message:problem3.message,schema:true,parentSchema:schema13,data:data13};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/members/" + i1,schemaPath:"#/properties/members/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.properties.members.items.oneOf[1].type,parentSchema:schema35.properties.members.items.oneOf[1],data:data10};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
var _valid0 = _errs30 === errors;
if(_valid0 && valid10){
valid10 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid10 = true;
passing0 = 1;
}
}
if(!valid10){
const err29 = {instancePath:instancePath+"/members/" + i1,schemaPath:"#/properties/members/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema35.properties.members.items.oneOf,parentSchema:schema35.properties.members.items,data:data10};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
else {
errors = _errs26;
if(vErrors !== null){
if(_errs26){
vErrors.length = _errs26;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err30 = {instancePath:instancePath+"/members",schemaPath:"#/properties/members/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema35.properties.members.type,parentSchema:schema35.properties.members,data:data9};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.type,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}


function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://kt-bio.local/schema/units.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.units === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "units"},message:"must have required property '"+"units"+"'",schema:schema26.required,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.groups === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "groups"},message:"must have required property '"+"groups"+"'",schema:schema26.required,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "units") || (key0 === "groups"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.units !== undefined){
let data0 = data.units;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
if(!(validate20(data0[i0], {instancePath:instancePath+"/units/" + i0,parentData:data0,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate20.errors : vErrors.concat(validate20.errors);
errors = vErrors.length;
}
}
}
else {
const err3 = {instancePath:instancePath+"/units",schemaPath:"#/properties/units/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema26.properties.units.type,parentSchema:schema26.properties.units,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.groups !== undefined){
let data2 = data.groups;
if(Array.isArray(data2)){
const len1 = data2.length;
for(let i1=0; i1<len1; i1++){
if(!(validate22(data2[i1], {instancePath:instancePath+"/groups/" + i1,parentData:data2,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
}
}
else {
const err4 = {instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema26.properties.groups.type,parentSchema:schema26.properties.groups,data:data2};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema26.type,parentSchema:schema26,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate19.errors = vErrors;
return errors === 0;
}

export const tasks = validate24;
const schema45 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://kt-bio.local/schema/tasks.schema.json","title":"PlanTasks","description":"plan/tasks.yaml: the sections of the plan and the tasks (nhiệm vụ) units report on.","type":"object","additionalProperties":false,"required":["sections","tasks"],"properties":{"sections":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["id","title"],"properties":{"id":{"$ref":"#/definitions/sectionId"},"title":{"type":"string","minLength":1}}}},"tasks":{"type":"array","minItems":1,"items":{"$ref":"#/definitions/task"}}},"definitions":{"sectionId":{"description":"A section of the plan: a Roman numeral, then numbers or letters separated by dots. Item letters may be Vietnamese: III.3.đ.","type":"string","pattern":"^[IVX]+(\\.[0-9a-zđ]+)*$","examples":["III.3","III.3.đ"]},"assignment":{"description":"A unit or group id, or {id, role} when the plan says what this unit does.","oneOf":[{"$ref":"defs.schema.json#/definitions/id"},{"type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"$ref":"defs.schema.json#/definitions/id"},"role":{"type":"string","minLength":1}}}]},"target":{"type":"object","additionalProperties":false,"required":["text","value","unit","year"],"properties":{"text":{"description":"The target as the plan words it.","type":"string","minLength":1},"value":{"description":"The number to reach.","type":"number","minimum":0},"unit":{"description":"Its unit of measure, as units report it (cơ sở, ha, %).","type":"string","minLength":1},"year":{"description":"The year by which it is to be reached.","type":"integer","minimum":1900,"maximum":2999},"indicator":{"description":"The indicator (name) units report that measures it: the year's reported total, in the same unit, is compared with the value. Absent: the target is shown without a measure.","type":"string","minLength":1}}},"task":{"type":"object","additionalProperties":false,"required":["id","section","title","text","timeframe"],"properties":{"id":{"description":"Stable id units write in their reports: the plan's own numbering, e.g. III.3.a; item letters may be Vietnamese (III.3.đ).","type":"string","pattern":"^[IVX]+(\\.[0-9a-zđ]+)*$","examples":["III.3.a","III.3.đ"]},"section":{"$ref":"#/definitions/sectionId"},"title":{"description":"Short title.","type":"string","minLength":1},"text":{"description":"Every bullet of the task as the plan words it.","type":"array","minItems":1,"items":{"type":"string","minLength":1}},"leads":{"description":"Chủ trì.","type":"array","items":{"$ref":"#/definitions/assignment"}},"implementing":{"description":"Đơn vị thực hiện.","type":"array","items":{"$ref":"#/definitions/assignment"}},"cooperating":{"description":"Phối hợp.","type":"array","items":{"$ref":"#/definitions/assignment"}},"targets":{"description":"Chỉ tiêu: the numbers the plan sets for the task, each with its year (phấn đấu đến năm 2030 có 10 cơ sở).","type":"array","items":{"$ref":"#/definitions/target"}},"othersNote":{"description":"Words like 'các cơ quan, đơn vị có liên quan': kept as text, not reporters.","type":"string","minLength":1},"timeframe":{"type":"object","additionalProperties":false,"required":["label"],"properties":{"label":{"description":"Thời gian thực hiện as the plan words it.","type":"string","minLength":1},"due":{"description":"Absent: recurring (thường xuyên / hằng năm).","$ref":"defs.schema.json#/definitions/date"},"recurrence":{"type":"string","enum":["continuous","yearly"]},"milestones":{"description":"Mốc: the dated steps the plan sets before the final due date (năm 2024 rà soát; năm 2025 trình HĐND). Each is checked like the due date; the task needs its final `due`.","type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["due","label"],"properties":{"due":{"$ref":"defs.schema.json#/definitions/date"},"label":{"description":"The step as the plan words it.","type":"string","minLength":1}}}}},"dependencies":{"milestones":["due"]}}}}}};
const schema46 = {"description":"A section of the plan: a Roman numeral, then numbers or letters separated by dots. Item letters may be Vietnamese: III.3.đ.","type":"string","pattern":"^[IVX]+(\\.[0-9a-zđ]+)*$","examples":["III.3","III.3.đ"]};
const pattern9 = new RegExp("^[IVX]+(\\.[0-9a-zđ]+)*$", "u");
const schema47 = {"type":"object","additionalProperties":false,"required":["id","section","title","text","timeframe"],"properties":{"id":{"description":"Stable id units write in their reports: the plan's own numbering, e.g. III.3.a; item letters may be Vietnamese (III.3.đ).","type":"string","pattern":"^[IVX]+(\\.[0-9a-zđ]+)*$","examples":["III.3.a","III.3.đ"]},"section":{"$ref":"#/definitions/sectionId"},"title":{"description":"Short title.","type":"string","minLength":1},"text":{"description":"Every bullet of the task as the plan words it.","type":"array","minItems":1,"items":{"type":"string","minLength":1}},"leads":{"description":"Chủ trì.","type":"array","items":{"$ref":"#/definitions/assignment"}},"implementing":{"description":"Đơn vị thực hiện.","type":"array","items":{"$ref":"#/definitions/assignment"}},"cooperating":{"description":"Phối hợp.","type":"array","items":{"$ref":"#/definitions/assignment"}},"targets":{"description":"Chỉ tiêu: the numbers the plan sets for the task, each with its year (phấn đấu đến năm 2030 có 10 cơ sở).","type":"array","items":{"$ref":"#/definitions/target"}},"othersNote":{"description":"Words like 'các cơ quan, đơn vị có liên quan': kept as text, not reporters.","type":"string","minLength":1},"timeframe":{"type":"object","additionalProperties":false,"required":["label"],"properties":{"label":{"description":"Thời gian thực hiện as the plan words it.","type":"string","minLength":1},"due":{"description":"Absent: recurring (thường xuyên / hằng năm).","$ref":"defs.schema.json#/definitions/date"},"recurrence":{"type":"string","enum":["continuous","yearly"]},"milestones":{"description":"Mốc: the dated steps the plan sets before the final due date (năm 2024 rà soát; năm 2025 trình HĐND). Each is checked like the due date; the task needs its final `due`.","type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["due","label"],"properties":{"due":{"$ref":"defs.schema.json#/definitions/date"},"label":{"description":"The step as the plan words it.","type":"string","minLength":1}}}}},"dependencies":{"milestones":["due"]}}}};
const schema52 = {"type":"object","additionalProperties":false,"required":["text","value","unit","year"],"properties":{"text":{"description":"The target as the plan words it.","type":"string","minLength":1},"value":{"description":"The number to reach.","type":"number","minimum":0},"unit":{"description":"Its unit of measure, as units report it (cơ sở, ha, %).","type":"string","minLength":1},"year":{"description":"The year by which it is to be reached.","type":"integer","minimum":1900,"maximum":2999},"indicator":{"description":"The indicator (name) units report that measures it: the year's reported total, in the same unit, is compared with the value. Absent: the target is shown without a measure.","type":"string","minLength":1}}};
const schema49 = {"description":"A unit or group id, or {id, role} when the plan says what this unit does.","oneOf":[{"$ref":"defs.schema.json#/definitions/id"},{"type":"object","additionalProperties":false,"required":["id"],"properties":{"id":{"$ref":"defs.schema.json#/definitions/id"},"role":{"type":"string","minLength":1}}}]};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(typeof data === "string"){
if(!pattern0.test(data)){
const err0 = {instancePath,schemaPath:"defs.schema.json#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath,schemaPath:"defs.schema.json#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.type,parentSchema:schema20,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs4 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err2 = {instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema49.oneOf[1].required,parentSchema:schema49.oneOf[1],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "id") || (key0 === "role"))){
const err3 = {instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema49.oneOf[1],data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err4 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema20,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.type,parentSchema:schema20,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.role !== undefined){
let data1 = data.role;
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err6 = {instancePath:instancePath+"/role",schemaPath:"#/oneOf/1/properties/role/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema49.oneOf[1].properties.role,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/role",schemaPath:"#/oneOf/1/properties/role/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema49.oneOf[1].properties.role.type,parentSchema:schema49.oneOf[1].properties.role,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema49.oneOf[1].type,parentSchema:schema49.oneOf[1],data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs4 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
}
if(!valid0){
const err9 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema49.oneOf,parentSchema:schema49,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate26.errors = vErrors;
return errors === 0;
}


function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema47.required,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.section === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "section"},message:"must have required property '"+"section"+"'",schema:schema47.required,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.title === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema47.required,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.text === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema47.required,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.timeframe === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "timeframe"},message:"must have required property '"+"timeframe"+"'",schema:schema47.required,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema47.properties, key0))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern9.test(data0)){
const err6 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[IVX]+(\\.[0-9a-zđ]+)*$"},message:"must match pattern \""+"^[IVX]+(\\.[0-9a-zđ]+)*$"+"\"",schema:"^[IVX]+(\\.[0-9a-zđ]+)*$",parentSchema:schema47.properties.id,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.id.type,parentSchema:schema47.properties.id,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.section !== undefined){
let data1 = data.section;
if(typeof data1 === "string"){
if(!pattern9.test(data1)){
const err8 = {instancePath:instancePath+"/section",schemaPath:"#/definitions/sectionId/pattern",keyword:"pattern",params:{pattern: "^[IVX]+(\\.[0-9a-zđ]+)*$"},message:"must match pattern \""+"^[IVX]+(\\.[0-9a-zđ]+)*$"+"\"",schema:"^[IVX]+(\\.[0-9a-zđ]+)*$",parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/section",schemaPath:"#/definitions/sectionId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.type,parentSchema:schema46,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.title !== undefined){
let data2 = data.title;
if(typeof data2 === "string"){
if(func3(data2) < 1){
const err10 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47.properties.title,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/title",schemaPath:"#/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.title.type,parentSchema:schema47.properties.title,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.text !== undefined){
let data3 = data.text;
if(Array.isArray(data3)){
if(data3.length < 1){
const err12 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema47.properties.text,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 === "string"){
if(func3(data4) < 1){
const err13 = {instancePath:instancePath+"/text/" + i0,schemaPath:"#/properties/text/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47.properties.text.items,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/text/" + i0,schemaPath:"#/properties/text/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.text.items.type,parentSchema:schema47.properties.text.items,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
else {
const err15 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema47.properties.text.type,parentSchema:schema47.properties.text,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.leads !== undefined){
let data5 = data.leads;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i1=0; i1<len1; i1++){
if(!(validate26(data5[i1], {instancePath:instancePath+"/leads/" + i1,parentData:data5,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
}
else {
const err16 = {instancePath:instancePath+"/leads",schemaPath:"#/properties/leads/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema47.properties.leads.type,parentSchema:schema47.properties.leads,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.implementing !== undefined){
let data7 = data.implementing;
if(Array.isArray(data7)){
const len2 = data7.length;
for(let i2=0; i2<len2; i2++){
if(!(validate26(data7[i2], {instancePath:instancePath+"/implementing/" + i2,parentData:data7,parentDataProperty:i2,rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
}
else {
const err17 = {instancePath:instancePath+"/implementing",schemaPath:"#/properties/implementing/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema47.properties.implementing.type,parentSchema:schema47.properties.implementing,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.cooperating !== undefined){
let data9 = data.cooperating;
if(Array.isArray(data9)){
const len3 = data9.length;
for(let i3=0; i3<len3; i3++){
if(!(validate26(data9[i3], {instancePath:instancePath+"/cooperating/" + i3,parentData:data9,parentDataProperty:i3,rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
}
else {
const err18 = {instancePath:instancePath+"/cooperating",schemaPath:"#/properties/cooperating/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema47.properties.cooperating.type,parentSchema:schema47.properties.cooperating,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.targets !== undefined){
let data11 = data.targets;
if(Array.isArray(data11)){
const len4 = data11.length;
for(let i4=0; i4<len4; i4++){
let data12 = data11[i4];
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.text === undefined){
const err19 = {instancePath:instancePath+"/targets/" + i4,schemaPath:"#/definitions/target/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema52.required,parentSchema:schema52,data:data12};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(data12.value === undefined){
const err20 = {instancePath:instancePath+"/targets/" + i4,schemaPath:"#/definitions/target/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema52.required,parentSchema:schema52,data:data12};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data12.unit === undefined){
const err21 = {instancePath:instancePath+"/targets/" + i4,schemaPath:"#/definitions/target/required",keyword:"required",params:{missingProperty: "unit"},message:"must have required property '"+"unit"+"'",schema:schema52.required,parentSchema:schema52,data:data12};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data12.year === undefined){
const err22 = {instancePath:instancePath+"/targets/" + i4,schemaPath:"#/definitions/target/required",keyword:"required",params:{missingProperty: "year"},message:"must have required property '"+"year"+"'",schema:schema52.required,parentSchema:schema52,data:data12};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
for(const key1 in data12){
if(!(((((key1 === "text") || (key1 === "value")) || (key1 === "unit")) || (key1 === "year")) || (key1 === "indicator"))){
const err23 = {instancePath:instancePath+"/targets/" + i4,schemaPath:"#/definitions/target/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema52,data:data12};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data12.text !== undefined){
let data13 = data12.text;
if(typeof data13 === "string"){
if(func3(data13) < 1){
const err24 = {instancePath:instancePath+"/targets/" + i4+"/text",schemaPath:"#/definitions/target/properties/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema52.properties.text,data:data13};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/targets/" + i4+"/text",schemaPath:"#/definitions/target/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.text.type,parentSchema:schema52.properties.text,data:data13};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data12.value !== undefined){
let data14 = data12.value;
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 0 || isNaN(data14)){
const err26 = {instancePath:instancePath+"/targets/" + i4+"/value",schemaPath:"#/definitions/target/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema52.properties.value,data:data14};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/targets/" + i4+"/value",schemaPath:"#/definitions/target/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema52.properties.value.type,parentSchema:schema52.properties.value,data:data14};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data12.unit !== undefined){
let data15 = data12.unit;
if(typeof data15 === "string"){
if(func3(data15) < 1){
const err28 = {instancePath:instancePath+"/targets/" + i4+"/unit",schemaPath:"#/definitions/target/properties/unit/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema52.properties.unit,data:data15};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
else {
const err29 = {instancePath:instancePath+"/targets/" + i4+"/unit",schemaPath:"#/definitions/target/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.unit.type,parentSchema:schema52.properties.unit,data:data15};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data12.year !== undefined){
let data16 = data12.year;
if(!(((typeof data16 == "number") && (!(data16 % 1) && !isNaN(data16))) && (isFinite(data16)))){
const err30 = {instancePath:instancePath+"/targets/" + i4+"/year",schemaPath:"#/definitions/target/properties/year/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema52.properties.year.type,parentSchema:schema52.properties.year,data:data16};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if((typeof data16 == "number") && (isFinite(data16))){
if(data16 > 2999 || isNaN(data16)){
const err31 = {instancePath:instancePath+"/targets/" + i4+"/year",schemaPath:"#/definitions/target/properties/year/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2999},message:"must be <= 2999",schema:2999,parentSchema:schema52.properties.year,data:data16};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data16 < 1900 || isNaN(data16)){
const err32 = {instancePath:instancePath+"/targets/" + i4+"/year",schemaPath:"#/definitions/target/properties/year/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1900},message:"must be >= 1900",schema:1900,parentSchema:schema52.properties.year,data:data16};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
if(data12.indicator !== undefined){
let data17 = data12.indicator;
if(typeof data17 === "string"){
if(func3(data17) < 1){
const err33 = {instancePath:instancePath+"/targets/" + i4+"/indicator",schemaPath:"#/definitions/target/properties/indicator/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema52.properties.indicator,data:data17};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/targets/" + i4+"/indicator",schemaPath:"#/definitions/target/properties/indicator/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.properties.indicator.type,parentSchema:schema52.properties.indicator,data:data17};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath:instancePath+"/targets/" + i4,schemaPath:"#/definitions/target/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.type,parentSchema:schema52,data:data12};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
else {
const err36 = {instancePath:instancePath+"/targets",schemaPath:"#/properties/targets/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema47.properties.targets.type,parentSchema:schema47.properties.targets,data:data11};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.othersNote !== undefined){
let data18 = data.othersNote;
if(typeof data18 === "string"){
if(func3(data18) < 1){
const err37 = {instancePath:instancePath+"/othersNote",schemaPath:"#/properties/othersNote/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47.properties.othersNote,data:data18};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
else {
const err38 = {instancePath:instancePath+"/othersNote",schemaPath:"#/properties/othersNote/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.othersNote.type,parentSchema:schema47.properties.othersNote,data:data18};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
if(data.timeframe !== undefined){
let data19 = data.timeframe;
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
if(data19.label === undefined){
const err39 = {instancePath:instancePath+"/timeframe",schemaPath:"#/properties/timeframe/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'",schema:schema47.properties.timeframe.required,parentSchema:schema47.properties.timeframe,data:data19};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
for(const key2 in data19){
if(!((((key2 === "label") || (key2 === "due")) || (key2 === "recurrence")) || (key2 === "milestones"))){
const err40 = {instancePath:instancePath+"/timeframe",schemaPath:"#/properties/timeframe/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema47.properties.timeframe,data:data19};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data19.milestones !== undefined){
if(data19.due === undefined){
const err41 = {instancePath:instancePath+"/timeframe",schemaPath:"#/properties/timeframe/dependencies",keyword:"dependencies",params:{property: "milestones",
    missingProperty: "due",
    depsCount: 1,
    deps: "due"},message:"must have property due when property milestones is present",schema:schema47.properties.timeframe.dependencies,parentSchema:schema47.properties.timeframe,data:data19};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data19.label !== undefined){
let data20 = data19.label;
if(typeof data20 === "string"){
if(func3(data20) < 1){
const err42 = {instancePath:instancePath+"/timeframe/label",schemaPath:"#/properties/timeframe/properties/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47.properties.timeframe.properties.label,data:data20};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/timeframe/label",schemaPath:"#/properties/timeframe/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.timeframe.properties.label.type,parentSchema:schema47.properties.timeframe.properties.label,data:data20};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data19.due !== undefined){
let data21 = data19.due;
const problem0 = func5(data21);
if(problem0 !== undefined){
const err44 = {instancePath:instancePath+"/timeframe/due",schemaPath:"defs.schema.json#/definitions/date/kt-date",keyword:"kt-date",params:problem0.params,message:problem0.message,schema:true,parentSchema:schema13,data:data21};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data19.recurrence !== undefined){
let data22 = data19.recurrence;
if(typeof data22 !== "string"){
const err45 = {instancePath:instancePath+"/timeframe/recurrence",schemaPath:"#/properties/timeframe/properties/recurrence/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.timeframe.properties.recurrence.type,parentSchema:schema47.properties.timeframe.properties.recurrence,data:data22};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(!((data22 === "continuous") || (data22 === "yearly"))){
const err46 = {instancePath:instancePath+"/timeframe/recurrence",schemaPath:"#/properties/timeframe/properties/recurrence/enum",keyword:"enum",params:{allowedValues: schema47.properties.timeframe.properties.recurrence.enum},message:"must be equal to one of the allowed values",schema:schema47.properties.timeframe.properties.recurrence.enum,parentSchema:schema47.properties.timeframe.properties.recurrence,data:data22};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data19.milestones !== undefined){
let data23 = data19.milestones;
if(Array.isArray(data23)){
if(data23.length < 1){
const err47 = {instancePath:instancePath+"/timeframe/milestones",schemaPath:"#/properties/timeframe/properties/milestones/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema47.properties.timeframe.properties.milestones,data:data23};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
const len5 = data23.length;
for(let i5=0; i5<len5; i5++){
let data24 = data23[i5];
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
if(data24.due === undefined){
const err48 = {instancePath:instancePath+"/timeframe/milestones/" + i5,schemaPath:"#/properties/timeframe/properties/milestones/items/required",keyword:"required",params:{missingProperty: "due"},message:"must have required property '"+"due"+"'",schema:schema47.properties.timeframe.properties.milestones.items.required,parentSchema:schema47.properties.timeframe.properties.milestones.items,data:data24};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data24.label === undefined){
const err49 = {instancePath:instancePath+"/timeframe/milestones/" + i5,schemaPath:"#/properties/timeframe/properties/milestones/items/required",keyword:"required",params:{missingProperty: "label"},message:"must have required property '"+"label"+"'",schema:schema47.properties.timeframe.properties.milestones.items.required,parentSchema:schema47.properties.timeframe.properties.milestones.items,data:data24};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
for(const key3 in data24){
if(!((key3 === "due") || (key3 === "label"))){
const err50 = {instancePath:instancePath+"/timeframe/milestones/" + i5,schemaPath:"#/properties/timeframe/properties/milestones/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema47.properties.timeframe.properties.milestones.items,data:data24};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
if(data24.due !== undefined){
let data25 = data24.due;
const problem1 = func5(data25);
if(problem1 !== undefined){
const err51 = {instancePath:instancePath+"/timeframe/milestones/" + i5+"/due",schemaPath:"defs.schema.json#/definitions/date/kt-date",keyword:"kt-date",params:problem1.params,message:problem1.message,schema:true,parentSchema:schema13,data:data25};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data24.label !== undefined){
let data26 = data24.label;
if(typeof data26 === "string"){
if(func3(data26) < 1){
const err52 = {instancePath:instancePath+"/timeframe/milestones/" + i5+"/label",schemaPath:"#/properties/timeframe/properties/milestones/items/properties/label/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema47.properties.timeframe.properties.milestones.items.properties.label,data:data26};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/timeframe/milestones/" + i5+"/label",schemaPath:"#/properties/timeframe/properties/milestones/items/properties/label/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema47.properties.timeframe.properties.milestones.items.properties.label.type,parentSchema:schema47.properties.timeframe.properties.milestones.items.properties.label,data:data26};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath:instancePath+"/timeframe/milestones/" + i5,schemaPath:"#/properties/timeframe/properties/milestones/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.properties.timeframe.properties.milestones.items.type,parentSchema:schema47.properties.timeframe.properties.milestones.items,data:data24};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/timeframe/milestones",schemaPath:"#/properties/timeframe/properties/milestones/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema47.properties.timeframe.properties.milestones.type,parentSchema:schema47.properties.timeframe.properties.milestones,data:data23};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
}
else {
const err56 = {instancePath:instancePath+"/timeframe",schemaPath:"#/properties/timeframe/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.properties.timeframe.type,parentSchema:schema47.properties.timeframe,data:data19};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.type,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
validate25.errors = vErrors;
return errors === 0;
}


function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://kt-bio.local/schema/tasks.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.sections === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sections"},message:"must have required property '"+"sections"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.tasks === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tasks"},message:"must have required property '"+"tasks"+"'",schema:schema45.required,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "sections") || (key0 === "tasks"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.sections !== undefined){
let data0 = data.sections;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.id === undefined){
const err3 = {instancePath:instancePath+"/sections/" + i0,schemaPath:"#/properties/sections/items/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema45.properties.sections.items.required,parentSchema:schema45.properties.sections.items,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1.title === undefined){
const err4 = {instancePath:instancePath+"/sections/" + i0,schemaPath:"#/properties/sections/items/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema45.properties.sections.items.required,parentSchema:schema45.properties.sections.items,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key1 in data1){
if(!((key1 === "id") || (key1 === "title"))){
const err5 = {instancePath:instancePath+"/sections/" + i0,schemaPath:"#/properties/sections/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema45.properties.sections.items,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data1.id !== undefined){
let data2 = data1.id;
if(typeof data2 === "string"){
if(!pattern9.test(data2)){
const err6 = {instancePath:instancePath+"/sections/" + i0+"/id",schemaPath:"#/definitions/sectionId/pattern",keyword:"pattern",params:{pattern: "^[IVX]+(\\.[0-9a-zđ]+)*$"},message:"must match pattern \""+"^[IVX]+(\\.[0-9a-zđ]+)*$"+"\"",schema:"^[IVX]+(\\.[0-9a-zđ]+)*$",parentSchema:schema46,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/sections/" + i0+"/id",schemaPath:"#/definitions/sectionId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema46.type,parentSchema:schema46,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data1.title !== undefined){
let data3 = data1.title;
if(typeof data3 === "string"){
if(func3(data3) < 1){
const err8 = {instancePath:instancePath+"/sections/" + i0+"/title",schemaPath:"#/properties/sections/items/properties/title/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema45.properties.sections.items.properties.title,data:data3};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/sections/" + i0+"/title",schemaPath:"#/properties/sections/items/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema45.properties.sections.items.properties.title.type,parentSchema:schema45.properties.sections.items.properties.title,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
else {
const err10 = {instancePath:instancePath+"/sections/" + i0,schemaPath:"#/properties/sections/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.properties.sections.items.type,parentSchema:schema45.properties.sections.items,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
}
else {
const err11 = {instancePath:instancePath+"/sections",schemaPath:"#/properties/sections/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema45.properties.sections.type,parentSchema:schema45.properties.sections,data:data0};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.tasks !== undefined){
let data4 = data.tasks;
if(Array.isArray(data4)){
if(data4.length < 1){
const err12 = {instancePath:instancePath+"/tasks",schemaPath:"#/properties/tasks/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema45.properties.tasks,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
if(!(validate25(data4[i1], {instancePath:instancePath+"/tasks/" + i1,parentData:data4,parentDataProperty:i1,rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
}
else {
const err13 = {instancePath:instancePath+"/tasks",schemaPath:"#/properties/tasks/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema45.properties.tasks.type,parentSchema:schema45.properties.tasks,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema45.type,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}

export const issuers = validate31;
const schema55 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://kt-bio.local/schema/issuers.schema.json","title":"IssuerBlocks","description":"plan/issuers.yaml: the heading of documents kt-bio writes, chosen by the document's date.","type":"object","additionalProperties":false,"required":["issuers"],"properties":{"issuers":{"type":"array","minItems":1,"items":{"type":"object","additionalProperties":false,"required":["parentAuthority","issuingBody","place","code","provincialCommittee","basis"],"properties":{"from":{"$ref":"defs.schema.json#/definitions/date"},"until":{"$ref":"defs.schema.json#/definitions/date"},"parentAuthority":{"description":"Cơ quan chủ quản in capitals, e.g. UBND TỈNH followed by the province's name.","type":"string","minLength":1},"issuingBody":{"description":"Cơ quan ban hành, e.g. SỞ KHOA HỌC VÀ CÔNG NGHỆ.","type":"string","minLength":1},"place":{"description":"Địa danh on the dated line.","type":"string","minLength":1},"code":{"description":"Chữ viết tắt of the issuing body in document numbers, e.g. SKHCN.","type":"string","minLength":1},"provincialCommittee":{"description":"The People's Committee the summary goes to.","type":"string","minLength":1},"authority":{"description":"Quyền hạn, chức vụ above the signature of the body's documents, e.g. [KT. GIÁM ĐỐC, PHÓ GIÁM ĐỐC] for a Sở whose deputy head signs. Settings and --signer-authority override it.","type":"array","minItems":1,"items":{"type":"string","minLength":1}},"copyTo":{"description":"Nơi nhận of the body's report besides the bodies it reports to (reporting.yaml), as printed, e.g. its ministry: Bộ Khoa học và Công nghệ (b/c);","type":"array","items":{"type":"string","minLength":1}},"filing":{"description":"Lưu: the filing line's codes after 'Lưu:', e.g. VT, QLCN (văn thư and the drafting room of this body).","type":"string","minLength":1},"basis":{"$ref":"defs.schema.json#/definitions/basis"}}}}}};

function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://kt-bio.local/schema/issuers.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.issuers === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "issuers"},message:"must have required property '"+"issuers"+"'",schema:schema55.required,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "issuers")){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.issuers !== undefined){
let data0 = data.issuers;
if(Array.isArray(data0)){
if(data0.length < 1){
const err2 = {instancePath:instancePath+"/issuers",schemaPath:"#/properties/issuers/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema55.properties.issuers,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(data1 && typeof data1 == "object" && !Array.isArray(data1)){
if(data1.parentAuthority === undefined){
const err3 = {instancePath:instancePath+"/issuers/" + i0,schemaPath:"#/properties/issuers/items/required",keyword:"required",params:{missingProperty: "parentAuthority"},message:"must have required property '"+"parentAuthority"+"'",schema:schema55.properties.issuers.items.required,parentSchema:schema55.properties.issuers.items,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data1.issuingBody === undefined){
const err4 = {instancePath:instancePath+"/issuers/" + i0,schemaPath:"#/properties/issuers/items/required",keyword:"required",params:{missingProperty: "issuingBody"},message:"must have required property '"+"issuingBody"+"'",schema:schema55.properties.issuers.items.required,parentSchema:schema55.properties.issuers.items,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1.place === undefined){
const err5 = {instancePath:instancePath+"/issuers/" + i0,schemaPath:"#/properties/issuers/items/required",keyword:"required",params:{missingProperty: "place"},message:"must have required property '"+"place"+"'",schema:schema55.properties.issuers.items.required,parentSchema:schema55.properties.issuers.items,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data1.code === undefined){
const err6 = {instancePath:instancePath+"/issuers/" + i0,schemaPath:"#/properties/issuers/items/required",keyword:"required",params:{missingProperty: "code"},message:"must have required property '"+"code"+"'",schema:schema55.properties.issuers.items.required,parentSchema:schema55.properties.issuers.items,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data1.provincialCommittee === undefined){
const err7 = {instancePath:instancePath+"/issuers/" + i0,schemaPath:"#/properties/issuers/items/required",keyword:"required",params:{missingProperty: "provincialCommittee"},message:"must have required property '"+"provincialCommittee"+"'",schema:schema55.properties.issuers.items.required,parentSchema:schema55.properties.issuers.items,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1.basis === undefined){
const err8 = {instancePath:instancePath+"/issuers/" + i0,schemaPath:"#/properties/issuers/items/required",keyword:"required",params:{missingProperty: "basis"},message:"must have required property '"+"basis"+"'",schema:schema55.properties.issuers.items.required,parentSchema:schema55.properties.issuers.items,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
for(const key1 in data1){
if(!(func2.call(schema55.properties.issuers.items.properties, key1))){
const err9 = {instancePath:instancePath+"/issuers/" + i0,schemaPath:"#/properties/issuers/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema55.properties.issuers.items,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data1.from !== undefined){
let data2 = data1.from;
const problem0 = func5(data2);
if(problem0 !== undefined){
const err10 = {instancePath:instancePath+"/issuers/" + i0+"/from",schemaPath:"defs.schema.json#/definitions/date/kt-date",keyword:"kt-date",params:problem0.params,message:problem0.message,schema:true,parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data1.until !== undefined){
let data3 = data1.until;
const problem1 = func5(data3);
if(problem1 !== undefined){
const err11 = {instancePath:instancePath+"/issuers/" + i0+"/until",schemaPath:"defs.schema.json#/definitions/date/kt-date",keyword:"kt-date",params:problem1.params,message:problem1.message,schema:true,parentSchema:schema13,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data1.parentAuthority !== undefined){
let data4 = data1.parentAuthority;
if(typeof data4 === "string"){
if(func3(data4) < 1){
const err12 = {instancePath:instancePath+"/issuers/" + i0+"/parentAuthority",schemaPath:"#/properties/issuers/items/properties/parentAuthority/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema55.properties.issuers.items.properties.parentAuthority,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/issuers/" + i0+"/parentAuthority",schemaPath:"#/properties/issuers/items/properties/parentAuthority/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.issuers.items.properties.parentAuthority.type,parentSchema:schema55.properties.issuers.items.properties.parentAuthority,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data1.issuingBody !== undefined){
let data5 = data1.issuingBody;
if(typeof data5 === "string"){
if(func3(data5) < 1){
const err14 = {instancePath:instancePath+"/issuers/" + i0+"/issuingBody",schemaPath:"#/properties/issuers/items/properties/issuingBody/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema55.properties.issuers.items.properties.issuingBody,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/issuers/" + i0+"/issuingBody",schemaPath:"#/properties/issuers/items/properties/issuingBody/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.issuers.items.properties.issuingBody.type,parentSchema:schema55.properties.issuers.items.properties.issuingBody,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data1.place !== undefined){
let data6 = data1.place;
if(typeof data6 === "string"){
if(func3(data6) < 1){
const err16 = {instancePath:instancePath+"/issuers/" + i0+"/place",schemaPath:"#/properties/issuers/items/properties/place/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema55.properties.issuers.items.properties.place,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/issuers/" + i0+"/place",schemaPath:"#/properties/issuers/items/properties/place/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.issuers.items.properties.place.type,parentSchema:schema55.properties.issuers.items.properties.place,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data1.code !== undefined){
let data7 = data1.code;
if(typeof data7 === "string"){
if(func3(data7) < 1){
const err18 = {instancePath:instancePath+"/issuers/" + i0+"/code",schemaPath:"#/properties/issuers/items/properties/code/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema55.properties.issuers.items.properties.code,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/issuers/" + i0+"/code",schemaPath:"#/properties/issuers/items/properties/code/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.issuers.items.properties.code.type,parentSchema:schema55.properties.issuers.items.properties.code,data:data7};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data1.provincialCommittee !== undefined){
let data8 = data1.provincialCommittee;
if(typeof data8 === "string"){
if(func3(data8) < 1){
const err20 = {instancePath:instancePath+"/issuers/" + i0+"/provincialCommittee",schemaPath:"#/properties/issuers/items/properties/provincialCommittee/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema55.properties.issuers.items.properties.provincialCommittee,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/issuers/" + i0+"/provincialCommittee",schemaPath:"#/properties/issuers/items/properties/provincialCommittee/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.issuers.items.properties.provincialCommittee.type,parentSchema:schema55.properties.issuers.items.properties.provincialCommittee,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data1.authority !== undefined){
let data9 = data1.authority;
if(Array.isArray(data9)){
if(data9.length < 1){
const err22 = {instancePath:instancePath+"/issuers/" + i0+"/authority",schemaPath:"#/properties/issuers/items/properties/authority/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema55.properties.issuers.items.properties.authority,data:data9};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
const len1 = data9.length;
for(let i1=0; i1<len1; i1++){
let data10 = data9[i1];
if(typeof data10 === "string"){
if(func3(data10) < 1){
const err23 = {instancePath:instancePath+"/issuers/" + i0+"/authority/" + i1,schemaPath:"#/properties/issuers/items/properties/authority/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema55.properties.issuers.items.properties.authority.items,data:data10};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
else {
const err24 = {instancePath:instancePath+"/issuers/" + i0+"/authority/" + i1,schemaPath:"#/properties/issuers/items/properties/authority/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.issuers.items.properties.authority.items.type,parentSchema:schema55.properties.issuers.items.properties.authority.items,data:data10};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/issuers/" + i0+"/authority",schemaPath:"#/properties/issuers/items/properties/authority/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema55.properties.issuers.items.properties.authority.type,parentSchema:schema55.properties.issuers.items.properties.authority,data:data9};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data1.copyTo !== undefined){
let data11 = data1.copyTo;
if(Array.isArray(data11)){
const len2 = data11.length;
for(let i2=0; i2<len2; i2++){
let data12 = data11[i2];
if(typeof data12 === "string"){
if(func3(data12) < 1){
const err26 = {instancePath:instancePath+"/issuers/" + i0+"/copyTo/" + i2,schemaPath:"#/properties/issuers/items/properties/copyTo/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema55.properties.issuers.items.properties.copyTo.items,data:data12};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/issuers/" + i0+"/copyTo/" + i2,schemaPath:"#/properties/issuers/items/properties/copyTo/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.issuers.items.properties.copyTo.items.type,parentSchema:schema55.properties.issuers.items.properties.copyTo.items,data:data12};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/issuers/" + i0+"/copyTo",schemaPath:"#/properties/issuers/items/properties/copyTo/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema55.properties.issuers.items.properties.copyTo.type,parentSchema:schema55.properties.issuers.items.properties.copyTo,data:data11};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data1.filing !== undefined){
let data13 = data1.filing;
if(typeof data13 === "string"){
if(func3(data13) < 1){
const err29 = {instancePath:instancePath+"/issuers/" + i0+"/filing",schemaPath:"#/properties/issuers/items/properties/filing/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema55.properties.issuers.items.properties.filing,data:data13};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
else {
const err30 = {instancePath:instancePath+"/issuers/" + i0+"/filing",schemaPath:"#/properties/issuers/items/properties/filing/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.properties.issuers.items.properties.filing.type,parentSchema:schema55.properties.issuers.items.properties.filing,data:data13};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data1.basis !== undefined){
let data14 = data1.basis;
if(typeof data14 === "string"){
if(func3(data14) < 1){
const err31 = {instancePath:instancePath+"/issuers/" + i0+"/basis",schemaPath:"defs.schema.json#/definitions/basis/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema33,data:data14};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
else {
const err32 = {instancePath:instancePath+"/issuers/" + i0+"/basis",schemaPath:"defs.schema.json#/definitions/basis/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema33.type,parentSchema:schema33,data:data14};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/issuers/" + i0,schemaPath:"#/properties/issuers/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema55.properties.issuers.items.type,parentSchema:schema55.properties.issuers.items,data:data1};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
}
else {
const err34 = {instancePath:instancePath+"/issuers",schemaPath:"#/properties/issuers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema55.properties.issuers.type,parentSchema:schema55.properties.issuers,data:data0};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
}
else {
const err35 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema55.type,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}

export const report = validate32;
const schema59 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://kt-bio.local/schema/report.schema.json","title":"UnitReport","description":"A unit's yearly progress report (báo cáo kết quả thực hiện), one YAML file, normally reports/<year>/<unit-id>.yaml. Format kt-bio/report@1. Rules a schema cannot say (the agency is a unit of the plan, task ids exist, dates in order, ...) are checked by src/report/rules.ts.","type":"object","additionalProperties":false,"required":["format","agency","year","submitted","tasks"],"properties":{"format":{"description":"Always kt-bio/report@1: the version of this format.","const":"kt-bio/report@1","examples":["kt-bio/report@1"]},"agency":{"description":"The reporting unit's id in plan/units.yaml (cơ quan, đơn vị báo cáo), e.g. so-yte.","$ref":"defs.schema.json#/definitions/id","examples":["so-yte"]},"year":{"description":"The year reported on (năm báo cáo); must match the folder reports/<year>/ the file is in.","type":"integer","minimum":2023,"maximum":2100,"examples":[2025]},"submitted":{"description":"Ngày ký văn bản báo cáo: DD/MM/YYYY or YYYY-MM-DD; not after today.","$ref":"defs.schema.json#/definitions/date","examples":["18/11/2025"]},"request":{"description":"Only when the report answers an ad hoc request (requests/<id>.yaml): that request's id. A yearly report leaves it out.","$ref":"defs.schema.json#/definitions/id","examples":["bao-cao-6-thang-2025"]},"number":{"description":"Số, ký hiệu of the report, e.g. 215/BC-SYT.","type":"string","examples":["215/BC-SYT"]},"signer":{"type":"object","additionalProperties":false,"properties":{"name":{"type":"string","description":"Họ và tên người ký."},"title":{"type":"string","description":"Chức vụ người ký, e.g. Phó Giám đốc."}},"description":"Người ký: name and title (chức vụ)."},"period":{"description":"Thời gian chốt số liệu (the data cut-off): from ≤ to.","type":"object","additionalProperties":false,"required":["from","to"],"properties":{"from":{"$ref":"defs.schema.json#/definitions/date","description":"Từ ngày.","examples":["15/11/2024"]},"to":{"$ref":"defs.schema.json#/definitions/date","description":"Đến ngày.","examples":["14/11/2025"]}}},"tasks":{"type":"array","items":{"$ref":"#/definitions/taskReport"},"description":"One entry per task of plan/tasks.yaml the unit reports on; each task once."},"summary":{"type":"object","additionalProperties":false,"properties":{"achievements":{"description":"Kết quả đạt được.","type":"string"},"limitations":{"description":"Tồn tại, hạn chế.","type":"string"},"causes":{"description":"Nguyên nhân.","type":"string"},"causes_objective":{"description":"Nguyên nhân khách quan (optional, when the unit separates its causes).","type":"string"},"causes_subjective":{"description":"Nguyên nhân chủ quan (optional, when the unit separates its causes).","type":"string"}},"description":"Đánh giá chung: achievements, limitations and their causes."},"proposals":{"description":"Đề xuất, kiến nghị. Each item is the proposal's text, or (optional) a map with the text and to whom it is addressed: { text: ..., to: central | province | local }.","type":"array","items":{"oneOf":[{"type":"string","description":"One proposal (kiến nghị) per item."},{"type":"object","additionalProperties":false,"required":["text"],"properties":{"text":{"type":"string","description":"The proposal (kiến nghị)."},"to":{"type":"string","enum":["central","province","local"],"description":"Addressed to: central (Trung ương: the ministries, the Government) | province (Ủy ban nhân dân tỉnh) | local (sở, ngành, địa phương)."}}}]}},"next_year":{"description":"Phương hướng, nhiệm vụ năm tới (optional): one task of next year per item.","type":"array","items":{"type":"string","description":"One task or direction for next year."}}},"definitions":{"money":{"description":"A whole number of đồng: 350000000, 350.000.000 or 350 000 000. Read from the source text, so 350.000 is 350 000 đồng, not 350.","tsType":"number | string","kt-money":true},"taskReport":{"type":"object","additionalProperties":false,"required":["id","status"],"properties":{"id":{"description":"A task id of plan/tasks.yaml, e.g. II.3.a.yd.","type":"string","examples":["II.3.a.yd"]},"status":{"type":"string","enum":["not_started","in_progress","completed","ongoing"],"description":"not_started (chưa triển khai) | in_progress (đang thực hiện) | completed (đã hoàn thành; not for recurring tasks) | ongoing (thực hiện thường xuyên).","examples":["ongoing"]},"completed_on":{"$ref":"defs.schema.json#/definitions/date","description":"Ngày hoàn thành: only with status completed; not after submitted.","examples":["20/6/2023"]},"results":{"description":"Kết quả thực hiện: expected whenever the status is in_progress, completed or ongoing.","type":"string"},"indicators":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["name","value","unit"],"properties":{"name":{"type":"string","minLength":1,"examples":["Số mẫu xét nghiệm PCR"]},"value":{"type":"number","minimum":0,"examples":[1250]},"unit":{"type":"string","minLength":1,"examples":["mẫu"]}}},"description":"Chỉ tiêu, số liệu: name, value (a number; 1.250 means 1250) and unit of measure."},"funding":{"description":"Kinh phí đã chi trong năm, in đồng, by the funding source ids of plan/funding.yaml (state_investment, state_recurrent, grants, other).","type":"object","propertyNames":{"pattern":"^[a-z][a-z0-9_]*$"},"additionalProperties":{"$ref":"#/definitions/money"}},"difficulties":{"description":"Khó khăn, vướng mắc.","type":"string"}}}}};
const schema65 = {"type":"object","additionalProperties":false,"required":["id","status"],"properties":{"id":{"description":"A task id of plan/tasks.yaml, e.g. II.3.a.yd.","type":"string","examples":["II.3.a.yd"]},"status":{"type":"string","enum":["not_started","in_progress","completed","ongoing"],"description":"not_started (chưa triển khai) | in_progress (đang thực hiện) | completed (đã hoàn thành; not for recurring tasks) | ongoing (thực hiện thường xuyên).","examples":["ongoing"]},"completed_on":{"$ref":"defs.schema.json#/definitions/date","description":"Ngày hoàn thành: only with status completed; not after submitted.","examples":["20/6/2023"]},"results":{"description":"Kết quả thực hiện: expected whenever the status is in_progress, completed or ongoing.","type":"string"},"indicators":{"type":"array","items":{"type":"object","additionalProperties":false,"required":["name","value","unit"],"properties":{"name":{"type":"string","minLength":1,"examples":["Số mẫu xét nghiệm PCR"]},"value":{"type":"number","minimum":0,"examples":[1250]},"unit":{"type":"string","minLength":1,"examples":["mẫu"]}}},"description":"Chỉ tiêu, số liệu: name, value (a number; 1.250 means 1250) and unit of measure."},"funding":{"description":"Kinh phí đã chi trong năm, in đồng, by the funding source ids of plan/funding.yaml (state_investment, state_recurrent, grants, other).","type":"object","propertyNames":{"pattern":"^[a-z][a-z0-9_]*$"},"additionalProperties":{"$ref":"#/definitions/money"}},"difficulties":{"description":"Khó khăn, vướng mắc.","type":"string"}}};
const schema67 = {"description":"A whole number of đồng: 350000000, 350.000.000 or 350 000 000. Read from the source text, so 350.000 is 350 000 đồng, not 350.","tsType":"number | string","kt-money":true};
const func78 = imported1.ktMoneyProblem;

function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema65.required,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.status === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "status"},message:"must have required property '"+"status"+"'",schema:schema65.required,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((((((key0 === "id") || (key0 === "status")) || (key0 === "completed_on")) || (key0 === "results")) || (key0 === "indicators")) || (key0 === "funding")) || (key0 === "difficulties"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 !== "string"){
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.id.type,parentSchema:schema65.properties.id,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.status !== undefined){
let data1 = data.status;
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.status.type,parentSchema:schema65.properties.status,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!((((data1 === "not_started") || (data1 === "in_progress")) || (data1 === "completed")) || (data1 === "ongoing"))){
const err5 = {instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema65.properties.status.enum},message:"must be equal to one of the allowed values",schema:schema65.properties.status.enum,parentSchema:schema65.properties.status,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.completed_on !== undefined){
let data2 = data.completed_on;
const problem0 = func5(data2);
if(problem0 !== undefined){
const err6 = {instancePath:instancePath+"/completed_on",schemaPath:"defs.schema.json#/definitions/date/kt-date",keyword:"kt-date",params:problem0.params,message:problem0.message,schema:true,parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.results !== undefined){
let data3 = data.results;
if(typeof data3 !== "string"){
const err7 = {instancePath:instancePath+"/results",schemaPath:"#/properties/results/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.results.type,parentSchema:schema65.properties.results,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.indicators !== undefined){
let data4 = data.indicators;
if(Array.isArray(data4)){
const len0 = data4.length;
for(let i0=0; i0<len0; i0++){
let data5 = data4[i0];
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
if(data5.name === undefined){
const err8 = {instancePath:instancePath+"/indicators/" + i0,schemaPath:"#/properties/indicators/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema65.properties.indicators.items.required,parentSchema:schema65.properties.indicators.items,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data5.value === undefined){
const err9 = {instancePath:instancePath+"/indicators/" + i0,schemaPath:"#/properties/indicators/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'",schema:schema65.properties.indicators.items.required,parentSchema:schema65.properties.indicators.items,data:data5};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data5.unit === undefined){
const err10 = {instancePath:instancePath+"/indicators/" + i0,schemaPath:"#/properties/indicators/items/required",keyword:"required",params:{missingProperty: "unit"},message:"must have required property '"+"unit"+"'",schema:schema65.properties.indicators.items.required,parentSchema:schema65.properties.indicators.items,data:data5};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
for(const key1 in data5){
if(!(((key1 === "name") || (key1 === "value")) || (key1 === "unit"))){
const err11 = {instancePath:instancePath+"/indicators/" + i0,schemaPath:"#/properties/indicators/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema65.properties.indicators.items,data:data5};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data5.name !== undefined){
let data6 = data5.name;
if(typeof data6 === "string"){
if(func3(data6) < 1){
const err12 = {instancePath:instancePath+"/indicators/" + i0+"/name",schemaPath:"#/properties/indicators/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema65.properties.indicators.items.properties.name,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/indicators/" + i0+"/name",schemaPath:"#/properties/indicators/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.indicators.items.properties.name.type,parentSchema:schema65.properties.indicators.items.properties.name,data:data6};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data5.value !== undefined){
let data7 = data5.value;
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
const err14 = {instancePath:instancePath+"/indicators/" + i0+"/value",schemaPath:"#/properties/indicators/items/properties/value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema65.properties.indicators.items.properties.value,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
else {
const err15 = {instancePath:instancePath+"/indicators/" + i0+"/value",schemaPath:"#/properties/indicators/items/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema65.properties.indicators.items.properties.value.type,parentSchema:schema65.properties.indicators.items.properties.value,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data5.unit !== undefined){
let data8 = data5.unit;
if(typeof data8 === "string"){
if(func3(data8) < 1){
const err16 = {instancePath:instancePath+"/indicators/" + i0+"/unit",schemaPath:"#/properties/indicators/items/properties/unit/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema65.properties.indicators.items.properties.unit,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/indicators/" + i0+"/unit",schemaPath:"#/properties/indicators/items/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.indicators.items.properties.unit.type,parentSchema:schema65.properties.indicators.items.properties.unit,data:data8};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath:instancePath+"/indicators/" + i0,schemaPath:"#/properties/indicators/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema65.properties.indicators.items.type,parentSchema:schema65.properties.indicators.items,data:data5};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/indicators",schemaPath:"#/properties/indicators/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema65.properties.indicators.type,parentSchema:schema65.properties.indicators,data:data4};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.funding !== undefined){
let data9 = data.funding;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
for(const key2 in data9){
const _errs23 = errors;
if(typeof key2 === "string"){
if(!pattern2.test(key2)){
const err20 = {instancePath:instancePath+"/funding",schemaPath:"#/properties/funding/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9_]*$"},message:"must match pattern \""+"^[a-z][a-z0-9_]*$"+"\"",schema:"^[a-z][a-z0-9_]*$",parentSchema:schema65.properties.funding.propertyNames,data:key2,propertyName:key2};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
var valid5 = _errs23 === errors;
if(!valid5){
const err21 = {instancePath:instancePath+"/funding",schemaPath:"#/properties/funding/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid",schema:schema65.properties.funding.propertyNames,parentSchema:schema65.properties.funding,data:data9};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
for(const key3 in data9){
let data10 = data9[key3];
const problem1 = func78(data10);
if(problem1 !== undefined){
const err22 = {instancePath:instancePath+"/funding/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/money/kt-money",keyword:"kt-money",params:problem1.params,message:problem1.message,schema:true,parentSchema:schema67,data:data10};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath:instancePath+"/funding",schemaPath:"#/properties/funding/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema65.properties.funding.type,parentSchema:schema65.properties.funding,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data.difficulties !== undefined){
let data11 = data.difficulties;
if(typeof data11 !== "string"){
const err24 = {instancePath:instancePath+"/difficulties",schemaPath:"#/properties/difficulties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.properties.difficulties.type,parentSchema:schema65.properties.difficulties,data:data11};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema65.type,parentSchema:schema65,data};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate33.errors = vErrors;
return errors === 0;
}


function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://kt-bio.local/schema/report.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.format === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "format"},message:"must have required property '"+"format"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.agency === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "agency"},message:"must have required property '"+"agency"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.year === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "year"},message:"must have required property '"+"year"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.submitted === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "submitted"},message:"must have required property '"+"submitted"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.tasks === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "tasks"},message:"must have required property '"+"tasks"+"'",schema:schema59.required,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema59.properties, key0))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.format !== undefined){
let data0 = data.format;
if("kt-bio/report@1" !== data0){
const err6 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/const",keyword:"const",params:{allowedValue: "kt-bio/report@1"},message:"must be equal to constant",schema:"kt-bio/report@1",parentSchema:schema59.properties.format,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.agency !== undefined){
let data1 = data.agency;
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
const err7 = {instancePath:instancePath+"/agency",schemaPath:"defs.schema.json#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema20,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/agency",schemaPath:"defs.schema.json#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.type,parentSchema:schema20,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.year !== undefined){
let data2 = data.year;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err9 = {instancePath:instancePath+"/year",schemaPath:"#/properties/year/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema59.properties.year.type,parentSchema:schema59.properties.year,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 2100 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/year",schemaPath:"#/properties/year/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema59.properties.year,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data2 < 2023 || isNaN(data2)){
const err11 = {instancePath:instancePath+"/year",schemaPath:"#/properties/year/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2023},message:"must be >= 2023",schema:2023,parentSchema:schema59.properties.year,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
if(data.submitted !== undefined){
let data3 = data.submitted;
const problem0 = func5(data3);
if(problem0 !== undefined){
const err12 = {instancePath:instancePath+"/submitted",schemaPath:"defs.schema.json#/definitions/date/kt-date",keyword:"kt-date",params:problem0.params,message:problem0.message,schema:true,parentSchema:schema13,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.request !== undefined){
let data4 = data.request;
if(typeof data4 === "string"){
if(!pattern0.test(data4)){
const err13 = {instancePath:instancePath+"/request",schemaPath:"defs.schema.json#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema20,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
else {
const err14 = {instancePath:instancePath+"/request",schemaPath:"defs.schema.json#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.type,parentSchema:schema20,data:data4};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data.number !== undefined){
let data5 = data.number;
if(typeof data5 !== "string"){
const err15 = {instancePath:instancePath+"/number",schemaPath:"#/properties/number/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.number.type,parentSchema:schema59.properties.number,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.signer !== undefined){
let data6 = data.signer;
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key1 in data6){
if(!((key1 === "name") || (key1 === "title"))){
const err16 = {instancePath:instancePath+"/signer",schemaPath:"#/properties/signer/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema59.properties.signer,data:data6};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data6.name !== undefined){
let data7 = data6.name;
if(typeof data7 !== "string"){
const err17 = {instancePath:instancePath+"/signer/name",schemaPath:"#/properties/signer/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.signer.properties.name.type,parentSchema:schema59.properties.signer.properties.name,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data6.title !== undefined){
let data8 = data6.title;
if(typeof data8 !== "string"){
const err18 = {instancePath:instancePath+"/signer/title",schemaPath:"#/properties/signer/properties/title/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.signer.properties.title.type,parentSchema:schema59.properties.signer.properties.title,data:data8};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
else {
const err19 = {instancePath:instancePath+"/signer",schemaPath:"#/properties/signer/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.properties.signer.type,parentSchema:schema59.properties.signer,data:data6};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.period !== undefined){
let data9 = data.period;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.from === undefined){
const err20 = {instancePath:instancePath+"/period",schemaPath:"#/properties/period/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema59.properties.period.required,parentSchema:schema59.properties.period,data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data9.to === undefined){
const err21 = {instancePath:instancePath+"/period",schemaPath:"#/properties/period/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'",schema:schema59.properties.period.required,parentSchema:schema59.properties.period,data:data9};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
for(const key2 in data9){
if(!((key2 === "from") || (key2 === "to"))){
const err22 = {instancePath:instancePath+"/period",schemaPath:"#/properties/period/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema59.properties.period,data:data9};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data9.from !== undefined){
let data10 = data9.from;
const problem1 = func5(data10);
if(problem1 !== undefined){
const err23 = {instancePath:instancePath+"/period/from",schemaPath:"defs.schema.json#/definitions/date/kt-date",keyword:"kt-date",params:problem1.params,message:problem1.message,schema:true,parentSchema:schema13,data:data10};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data9.to !== undefined){
let data11 = data9.to;
const problem2 = func5(data11);
if(problem2 !== undefined){
const err24 = {instancePath:instancePath+"/period/to",schemaPath:"defs.schema.json#/definitions/date/kt-date",keyword:"kt-date",params:problem2.params,message:problem2.message,schema:true,parentSchema:schema13,data:data11};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath:instancePath+"/period",schemaPath:"#/properties/period/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.properties.period.type,parentSchema:schema59.properties.period,data:data9};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.tasks !== undefined){
let data12 = data.tasks;
if(Array.isArray(data12)){
const len0 = data12.length;
for(let i0=0; i0<len0; i0++){
if(!(validate33(data12[i0], {instancePath:instancePath+"/tasks/" + i0,parentData:data12,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
errors = vErrors.length;
}
}
}
else {
const err26 = {instancePath:instancePath+"/tasks",schemaPath:"#/properties/tasks/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema59.properties.tasks.type,parentSchema:schema59.properties.tasks,data:data12};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.summary !== undefined){
let data14 = data.summary;
if(data14 && typeof data14 == "object" && !Array.isArray(data14)){
for(const key3 in data14){
if(!(((((key3 === "achievements") || (key3 === "limitations")) || (key3 === "causes")) || (key3 === "causes_objective")) || (key3 === "causes_subjective"))){
const err27 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema59.properties.summary,data:data14};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data14.achievements !== undefined){
let data15 = data14.achievements;
if(typeof data15 !== "string"){
const err28 = {instancePath:instancePath+"/summary/achievements",schemaPath:"#/properties/summary/properties/achievements/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.summary.properties.achievements.type,parentSchema:schema59.properties.summary.properties.achievements,data:data15};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data14.limitations !== undefined){
let data16 = data14.limitations;
if(typeof data16 !== "string"){
const err29 = {instancePath:instancePath+"/summary/limitations",schemaPath:"#/properties/summary/properties/limitations/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.summary.properties.limitations.type,parentSchema:schema59.properties.summary.properties.limitations,data:data16};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data14.causes !== undefined){
let data17 = data14.causes;
if(typeof data17 !== "string"){
const err30 = {instancePath:instancePath+"/summary/causes",schemaPath:"#/properties/summary/properties/causes/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.summary.properties.causes.type,parentSchema:schema59.properties.summary.properties.causes,data:data17};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data14.causes_objective !== undefined){
let data18 = data14.causes_objective;
if(typeof data18 !== "string"){
const err31 = {instancePath:instancePath+"/summary/causes_objective",schemaPath:"#/properties/summary/properties/causes_objective/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.summary.properties.causes_objective.type,parentSchema:schema59.properties.summary.properties.causes_objective,data:data18};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data14.causes_subjective !== undefined){
let data19 = data14.causes_subjective;
if(typeof data19 !== "string"){
const err32 = {instancePath:instancePath+"/summary/causes_subjective",schemaPath:"#/properties/summary/properties/causes_subjective/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.summary.properties.causes_subjective.type,parentSchema:schema59.properties.summary.properties.causes_subjective,data:data19};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
else {
const err33 = {instancePath:instancePath+"/summary",schemaPath:"#/properties/summary/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.properties.summary.type,parentSchema:schema59.properties.summary,data:data14};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.proposals !== undefined){
let data20 = data.proposals;
if(Array.isArray(data20)){
const len1 = data20.length;
for(let i1=0; i1<len1; i1++){
let data21 = data20[i1];
const _errs48 = errors;
let valid13 = false;
let passing0 = null;
const _errs49 = errors;
if(typeof data21 !== "string"){
const err34 = {instancePath:instancePath+"/proposals/" + i1,schemaPath:"#/properties/proposals/items/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.proposals.items.oneOf[0].type,parentSchema:schema59.properties.proposals.items.oneOf[0],data:data21};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
var _valid0 = _errs49 === errors;
if(_valid0){
valid13 = true;
passing0 = 0;
}
const _errs51 = errors;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.text === undefined){
const err35 = {instancePath:instancePath+"/proposals/" + i1,schemaPath:"#/properties/proposals/items/oneOf/1/required",keyword:"required",params:{missingProperty: "text"},message:"must have required property '"+"text"+"'",schema:schema59.properties.proposals.items.oneOf[1].required,parentSchema:schema59.properties.proposals.items.oneOf[1],data:data21};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
for(const key4 in data21){
if(!((key4 === "text") || (key4 === "to"))){
const err36 = {instancePath:instancePath+"/proposals/" + i1,schemaPath:"#/properties/proposals/items/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema59.properties.proposals.items.oneOf[1],data:data21};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data21.text !== undefined){
let data22 = data21.text;
if(typeof data22 !== "string"){
const err37 = {instancePath:instancePath+"/proposals/" + i1+"/text",schemaPath:"#/properties/proposals/items/oneOf/1/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.proposals.items.oneOf[1].properties.text.type,parentSchema:schema59.properties.proposals.items.oneOf[1].properties.text,data:data22};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data21.to !== undefined){
let data23 = data21.to;
if(typeof data23 !== "string"){
const err38 = {instancePath:instancePath+"/proposals/" + i1+"/to",schemaPath:"#/properties/proposals/items/oneOf/1/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.proposals.items.oneOf[1].properties.to.type,parentSchema:schema59.properties.proposals.items.oneOf[1].properties.to,data:data23};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(!(((data23 === "central") || (data23 === "province")) || (data23 === "local"))){
const err39 = {instancePath:instancePath+"/proposals/" + i1+"/to",schemaPath:"#/properties/proposals/items/oneOf/1/properties/to/enum",keyword:"enum",params:{allowedValues: schema59.properties.proposals.items.oneOf[1].properties.to.enum},message:"must be equal to one of the allowed values",schema:schema59.properties.proposals.items.oneOf[1].properties.to.enum,parentSchema:schema59.properties.proposals.items.oneOf[1].properties.to,data:data23};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/proposals/" + i1,schemaPath:"#/properties/proposals/items/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.properties.proposals.items.oneOf[1].type,parentSchema:schema59.properties.proposals.items.oneOf[1],data:data21};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
var _valid0 = _errs51 === errors;
if(_valid0 && valid13){
valid13 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid13 = true;
passing0 = 1;
}
}
if(!valid13){
const err41 = {instancePath:instancePath+"/proposals/" + i1,schemaPath:"#/properties/proposals/items/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema59.properties.proposals.items.oneOf,parentSchema:schema59.properties.proposals.items,data:data21};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
else {
errors = _errs48;
if(vErrors !== null){
if(_errs48){
vErrors.length = _errs48;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err42 = {instancePath:instancePath+"/proposals",schemaPath:"#/properties/proposals/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema59.properties.proposals.type,parentSchema:schema59.properties.proposals,data:data20};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data.next_year !== undefined){
let data24 = data.next_year;
if(Array.isArray(data24)){
const len2 = data24.length;
for(let i2=0; i2<len2; i2++){
let data25 = data24[i2];
if(typeof data25 !== "string"){
const err43 = {instancePath:instancePath+"/next_year/" + i2,schemaPath:"#/properties/next_year/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema59.properties.next_year.items.type,parentSchema:schema59.properties.next_year.items,data:data25};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath:instancePath+"/next_year",schemaPath:"#/properties/next_year/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema59.properties.next_year.type,parentSchema:schema59.properties.next_year,data:data24};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema59.type,parentSchema:schema59,data};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
validate32.errors = vErrors;
return errors === 0;
}

export const settings = validate35;
const schema68 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://kt-bio.local/schema/settings.schema.json","title":"CompileSettings","description":"templates/settings/default.yaml and templates/settings/<year>.yaml: what the department sets for the compiled summary report (kt-bio compile). The year's file overrides the default one field by field (lists are replaced whole); command-line flags override both. Every field is optional in each file; after merging, title, summary, signer and recipients must be present. Text fields may use Handlebars fields such as {{year}}, {{plan.number}} or {{issuer.provincialCommittee}}.","type":"object","additionalProperties":false,"properties":{"number":{"description":"Số of the report: a number (125 gives 125/BC-SKHCN with kindCode and the issuer's code of plan/issuers.yaml), or the whole số, ký hiệu as text. Leave it out while the report is a draft: the number is then left blank for the clerk (văn thư) to fill in.","oneOf":[{"type":"integer","minimum":1},{"type":"string","minLength":1}]},"kindCode":{"description":"Chữ viết tắt tên loại văn bản in the number, BC for báo cáo.","type":"string","pattern":"^[A-ZĐ]+$"},"date":{"description":"Ngày ban hành: DD/MM/YYYY or YYYY-MM-DD. It decides the issuer block (plan/issuers.yaml). Default: the day kt-bio runs (or --today).","$ref":"defs.schema.json#/definitions/date"},"title":{"description":"Tên loại văn bản, printed in upper case: BÁO CÁO.","$ref":"defs.schema.json#/definitions/text"},"summary":{"description":"Trích yếu: the bold line under the title.","$ref":"defs.schema.json#/definitions/text"},"signer":{"description":"Người ký.","type":"object","additionalProperties":false,"properties":{"authority":{"description":"Quyền hạn, chức vụ: the lines above the signature, e.g. [KT. GIÁM ĐỐC, PHÓ GIÁM ĐỐC] or [GIÁM ĐỐC].","type":"array","minItems":1,"items":{"$ref":"defs.schema.json#/definitions/text"}},"name":{"description":"Họ và tên, without academic titles.","$ref":"defs.schema.json#/definitions/text"}}},"recipientsHeading":{"description":"The word before the recipients: Nơi nhận:","$ref":"defs.schema.json#/definitions/text"},"recipients":{"description":"Nơi nhận, one per line, each ending with ';' and the last one (Lưu: VT, ...) with '.'.","type":"array","minItems":1,"items":{"$ref":"defs.schema.json#/definitions/text"}},"reminder":{"description":"The reminder letter (công văn đôn đốc) of kt-bio remind: its number, summary line and recipients. Its signer, date and page margins are the ones above.","type":"object","additionalProperties":false,"properties":{"number":{"description":"Số of the letter: a number (15 gives 15/SKHCN-QLCN with the issuer's code and `office`), or the whole số, ký hiệu as text. Leave it out for a draft.","oneOf":[{"type":"integer","minimum":1},{"type":"string","minLength":1}]},"office":{"description":"Chữ viết tắt of the drafting office after the issuer's code (a letter has no kind code): QLCN in 15/SKHCN-QLCN.","type":"string","pattern":"^[A-ZĐ0-9&]+$"},"subject":{"description":"Trích yếu: the \"V/v …\" line under the number. May use {{year}}, {{plan.kind}}, {{plan.number}}, {{request.number}}…","$ref":"defs.schema.json#/definitions/text"},"recipients":{"description":"Nơi nhận of the letter, one per line: \"Như trên;\" stands for the addressees; the last one (Lưu: VT, ...) ends with '.'.","type":"array","minItems":1,"items":{"$ref":"defs.schema.json#/definitions/text"}}}},"layout":{"description":"Page margins in millimetres, within the ranges of Decree 30/2020/NĐ-CP.","type":"object","additionalProperties":false,"properties":{"marginTopMm":{"type":"number","minimum":20,"maximum":25},"marginBottomMm":{"type":"number","minimum":20,"maximum":25},"marginLeftMm":{"type":"number","minimum":30,"maximum":35},"marginRightMm":{"type":"number","minimum":15,"maximum":20}}},"text":{"description":"The department's own text for the templates, by name: {{text.<name>}} (opening, achievements, limitations, causes, funding, nextYear, proposals, closing…). Written in Markdown like the templates (not escaped). `tasks` and `sections` give a paragraph per task or section of the plan, by its id (e.g. tasks: { \"II.3.a.yd\": \"…\" }, sections: { \"II.1\": \"…\" }), placed first under its heading.","type":"object","propertyNames":{"type":"string","pattern":"^[A-Za-z][A-Za-z0-9]*$"},"properties":{"tasks":{"description":"The Sở's own words per task, by the task's id in plan/tasks.yaml: placed first under the task.","type":"object","additionalProperties":{"type":"string"}},"sections":{"description":"The Sở's own words per section, by the section's id in plan/tasks.yaml: placed first under the section's heading.","type":"object","additionalProperties":{"type":"string"}}},"additionalProperties":{"type":"string"}}}};
const pattern17 = new RegExp("^[A-ZĐ]+$", "u");
const pattern18 = new RegExp("^[A-ZĐ0-9&]+$", "u");
const pattern19 = new RegExp("^[A-Za-z][A-Za-z0-9]*$", "u");

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://kt-bio.local/schema/settings.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func2.call(schema68.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.number !== undefined){
let data0 = data.number;
const _errs3 = errors;
let valid1 = false;
let passing0 = null;
const _errs4 = errors;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err1 = {instancePath:instancePath+"/number",schemaPath:"#/properties/number/oneOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema68.properties.number.oneOf[0].type,parentSchema:schema68.properties.number.oneOf[0],data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 < 1 || isNaN(data0)){
const err2 = {instancePath:instancePath+"/number",schemaPath:"#/properties/number/oneOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema68.properties.number.oneOf[0],data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs4 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs6 = errors;
if(typeof data0 === "string"){
if(func3(data0) < 1){
const err3 = {instancePath:instancePath+"/number",schemaPath:"#/properties/number/oneOf/1/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema68.properties.number.oneOf[1],data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/number",schemaPath:"#/properties/number/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.properties.number.oneOf[1].type,parentSchema:schema68.properties.number.oneOf[1],data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
var _valid0 = _errs6 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err5 = {instancePath:instancePath+"/number",schemaPath:"#/properties/number/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema68.properties.number.oneOf,parentSchema:schema68.properties.number,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
else {
errors = _errs3;
if(vErrors !== null){
if(_errs3){
vErrors.length = _errs3;
}
else {
vErrors = null;
}
}
}
}
if(data.kindCode !== undefined){
let data1 = data.kindCode;
if(typeof data1 === "string"){
if(!pattern17.test(data1)){
const err6 = {instancePath:instancePath+"/kindCode",schemaPath:"#/properties/kindCode/pattern",keyword:"pattern",params:{pattern: "^[A-ZĐ]+$"},message:"must match pattern \""+"^[A-ZĐ]+$"+"\"",schema:"^[A-ZĐ]+$",parentSchema:schema68.properties.kindCode,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/kindCode",schemaPath:"#/properties/kindCode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.properties.kindCode.type,parentSchema:schema68.properties.kindCode,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.date !== undefined){
let data2 = data.date;
const problem0 = func5(data2);
if(problem0 !== undefined){
const err8 = {instancePath:instancePath+"/date",schemaPath:"defs.schema.json#/definitions/date/kt-date",keyword:"kt-date",params:problem0.params,message:problem0.message,schema:true,parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.title !== undefined){
let data3 = data.title;
if(typeof data3 === "string"){
if(func3(data3) < 1){
const err9 = {instancePath:instancePath+"/title",schemaPath:"defs.schema.json#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
else {
const err10 = {instancePath:instancePath+"/title",schemaPath:"defs.schema.json#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.summary !== undefined){
let data4 = data.summary;
if(typeof data4 === "string"){
if(func3(data4) < 1){
const err11 = {instancePath:instancePath+"/summary",schemaPath:"defs.schema.json#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/summary",schemaPath:"defs.schema.json#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.signer !== undefined){
let data5 = data.signer;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key1 in data5){
if(!((key1 === "authority") || (key1 === "name"))){
const err13 = {instancePath:instancePath+"/signer",schemaPath:"#/properties/signer/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema68.properties.signer,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data5.authority !== undefined){
let data6 = data5.authority;
if(Array.isArray(data6)){
if(data6.length < 1){
const err14 = {instancePath:instancePath+"/signer/authority",schemaPath:"#/properties/signer/properties/authority/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema68.properties.signer.properties.authority,data:data6};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
const len0 = data6.length;
for(let i0=0; i0<len0; i0++){
let data7 = data6[i0];
if(typeof data7 === "string"){
if(func3(data7) < 1){
const err15 = {instancePath:instancePath+"/signer/authority/" + i0,schemaPath:"defs.schema.json#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14,data:data7};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/signer/authority/" + i0,schemaPath:"defs.schema.json#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/signer/authority",schemaPath:"#/properties/signer/properties/authority/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema68.properties.signer.properties.authority.type,parentSchema:schema68.properties.signer.properties.authority,data:data6};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data5.name !== undefined){
let data8 = data5.name;
if(typeof data8 === "string"){
if(func3(data8) < 1){
const err18 = {instancePath:instancePath+"/signer/name",schemaPath:"defs.schema.json#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14,data:data8};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/signer/name",schemaPath:"defs.schema.json#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
else {
const err20 = {instancePath:instancePath+"/signer",schemaPath:"#/properties/signer/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema68.properties.signer.type,parentSchema:schema68.properties.signer,data:data5};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.recipientsHeading !== undefined){
let data9 = data.recipientsHeading;
if(typeof data9 === "string"){
if(func3(data9) < 1){
const err21 = {instancePath:instancePath+"/recipientsHeading",schemaPath:"defs.schema.json#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14,data:data9};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/recipientsHeading",schemaPath:"defs.schema.json#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data9};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.recipients !== undefined){
let data10 = data.recipients;
if(Array.isArray(data10)){
if(data10.length < 1){
const err23 = {instancePath:instancePath+"/recipients",schemaPath:"#/properties/recipients/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema68.properties.recipients,data:data10};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
const len1 = data10.length;
for(let i1=0; i1<len1; i1++){
let data11 = data10[i1];
if(typeof data11 === "string"){
if(func3(data11) < 1){
const err24 = {instancePath:instancePath+"/recipients/" + i1,schemaPath:"defs.schema.json#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14,data:data11};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/recipients/" + i1,schemaPath:"defs.schema.json#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data11};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/recipients",schemaPath:"#/properties/recipients/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema68.properties.recipients.type,parentSchema:schema68.properties.recipients,data:data10};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.reminder !== undefined){
let data12 = data.reminder;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
for(const key2 in data12){
if(!((((key2 === "number") || (key2 === "office")) || (key2 === "subject")) || (key2 === "recipients"))){
const err27 = {instancePath:instancePath+"/reminder",schemaPath:"#/properties/reminder/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema68.properties.reminder,data:data12};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data12.number !== undefined){
let data13 = data12.number;
const _errs41 = errors;
let valid15 = false;
let passing1 = null;
const _errs42 = errors;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
const err28 = {instancePath:instancePath+"/reminder/number",schemaPath:"#/properties/reminder/properties/number/oneOf/0/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema68.properties.reminder.properties.number.oneOf[0].type,parentSchema:schema68.properties.reminder.properties.number.oneOf[0],data:data13};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 1 || isNaN(data13)){
const err29 = {instancePath:instancePath+"/reminder/number",schemaPath:"#/properties/reminder/properties/number/oneOf/0/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema68.properties.reminder.properties.number.oneOf[0],data:data13};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
var _valid1 = _errs42 === errors;
if(_valid1){
valid15 = true;
passing1 = 0;
}
const _errs44 = errors;
if(typeof data13 === "string"){
if(func3(data13) < 1){
const err30 = {instancePath:instancePath+"/reminder/number",schemaPath:"#/properties/reminder/properties/number/oneOf/1/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema68.properties.reminder.properties.number.oneOf[1],data:data13};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/reminder/number",schemaPath:"#/properties/reminder/properties/number/oneOf/1/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.properties.reminder.properties.number.oneOf[1].type,parentSchema:schema68.properties.reminder.properties.number.oneOf[1],data:data13};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
var _valid1 = _errs44 === errors;
if(_valid1 && valid15){
valid15 = false;
passing1 = [passing1, 1];
}
else {
if(_valid1){
valid15 = true;
passing1 = 1;
}
}
if(!valid15){
const err32 = {instancePath:instancePath+"/reminder/number",schemaPath:"#/properties/reminder/properties/number/oneOf",keyword:"oneOf",params:{passingSchemas: passing1},message:"must match exactly one schema in oneOf",schema:schema68.properties.reminder.properties.number.oneOf,parentSchema:schema68.properties.reminder.properties.number,data:data13};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
else {
errors = _errs41;
if(vErrors !== null){
if(_errs41){
vErrors.length = _errs41;
}
else {
vErrors = null;
}
}
}
}
if(data12.office !== undefined){
let data14 = data12.office;
if(typeof data14 === "string"){
if(!pattern18.test(data14)){
const err33 = {instancePath:instancePath+"/reminder/office",schemaPath:"#/properties/reminder/properties/office/pattern",keyword:"pattern",params:{pattern: "^[A-ZĐ0-9&]+$"},message:"must match pattern \""+"^[A-ZĐ0-9&]+$"+"\"",schema:"^[A-ZĐ0-9&]+$",parentSchema:schema68.properties.reminder.properties.office,data:data14};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
else {
const err34 = {instancePath:instancePath+"/reminder/office",schemaPath:"#/properties/reminder/properties/office/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.properties.reminder.properties.office.type,parentSchema:schema68.properties.reminder.properties.office,data:data14};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
}
if(data12.subject !== undefined){
let data15 = data12.subject;
if(typeof data15 === "string"){
if(func3(data15) < 1){
const err35 = {instancePath:instancePath+"/reminder/subject",schemaPath:"defs.schema.json#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14,data:data15};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/reminder/subject",schemaPath:"defs.schema.json#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data15};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data12.recipients !== undefined){
let data16 = data12.recipients;
if(Array.isArray(data16)){
if(data16.length < 1){
const err37 = {instancePath:instancePath+"/reminder/recipients",schemaPath:"#/properties/reminder/properties/recipients/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema68.properties.reminder.properties.recipients,data:data16};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
const len2 = data16.length;
for(let i2=0; i2<len2; i2++){
let data17 = data16[i2];
if(typeof data17 === "string"){
if(func3(data17) < 1){
const err38 = {instancePath:instancePath+"/reminder/recipients/" + i2,schemaPath:"defs.schema.json#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14,data:data17};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
else {
const err39 = {instancePath:instancePath+"/reminder/recipients/" + i2,schemaPath:"defs.schema.json#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data17};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
else {
const err40 = {instancePath:instancePath+"/reminder/recipients",schemaPath:"#/properties/reminder/properties/recipients/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema68.properties.reminder.properties.recipients.type,parentSchema:schema68.properties.reminder.properties.recipients,data:data16};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/reminder",schemaPath:"#/properties/reminder/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema68.properties.reminder.type,parentSchema:schema68.properties.reminder,data:data12};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.layout !== undefined){
let data18 = data.layout;
if(data18 && typeof data18 == "object" && !Array.isArray(data18)){
for(const key3 in data18){
if(!((((key3 === "marginTopMm") || (key3 === "marginBottomMm")) || (key3 === "marginLeftMm")) || (key3 === "marginRightMm"))){
const err42 = {instancePath:instancePath+"/layout",schemaPath:"#/properties/layout/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema68.properties.layout,data:data18};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data18.marginTopMm !== undefined){
let data19 = data18.marginTopMm;
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 > 25 || isNaN(data19)){
const err43 = {instancePath:instancePath+"/layout/marginTopMm",schemaPath:"#/properties/layout/properties/marginTopMm/maximum",keyword:"maximum",params:{comparison: "<=", limit: 25},message:"must be <= 25",schema:25,parentSchema:schema68.properties.layout.properties.marginTopMm,data:data19};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if(data19 < 20 || isNaN(data19)){
const err44 = {instancePath:instancePath+"/layout/marginTopMm",schemaPath:"#/properties/layout/properties/marginTopMm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 20},message:"must be >= 20",schema:20,parentSchema:schema68.properties.layout.properties.marginTopMm,data:data19};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
else {
const err45 = {instancePath:instancePath+"/layout/marginTopMm",schemaPath:"#/properties/layout/properties/marginTopMm/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema68.properties.layout.properties.marginTopMm.type,parentSchema:schema68.properties.layout.properties.marginTopMm,data:data19};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data18.marginBottomMm !== undefined){
let data20 = data18.marginBottomMm;
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 > 25 || isNaN(data20)){
const err46 = {instancePath:instancePath+"/layout/marginBottomMm",schemaPath:"#/properties/layout/properties/marginBottomMm/maximum",keyword:"maximum",params:{comparison: "<=", limit: 25},message:"must be <= 25",schema:25,parentSchema:schema68.properties.layout.properties.marginBottomMm,data:data20};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
if(data20 < 20 || isNaN(data20)){
const err47 = {instancePath:instancePath+"/layout/marginBottomMm",schemaPath:"#/properties/layout/properties/marginBottomMm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 20},message:"must be >= 20",schema:20,parentSchema:schema68.properties.layout.properties.marginBottomMm,data:data20};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
else {
const err48 = {instancePath:instancePath+"/layout/marginBottomMm",schemaPath:"#/properties/layout/properties/marginBottomMm/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema68.properties.layout.properties.marginBottomMm.type,parentSchema:schema68.properties.layout.properties.marginBottomMm,data:data20};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data18.marginLeftMm !== undefined){
let data21 = data18.marginLeftMm;
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 > 35 || isNaN(data21)){
const err49 = {instancePath:instancePath+"/layout/marginLeftMm",schemaPath:"#/properties/layout/properties/marginLeftMm/maximum",keyword:"maximum",params:{comparison: "<=", limit: 35},message:"must be <= 35",schema:35,parentSchema:schema68.properties.layout.properties.marginLeftMm,data:data21};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
if(data21 < 30 || isNaN(data21)){
const err50 = {instancePath:instancePath+"/layout/marginLeftMm",schemaPath:"#/properties/layout/properties/marginLeftMm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 30},message:"must be >= 30",schema:30,parentSchema:schema68.properties.layout.properties.marginLeftMm,data:data21};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
else {
const err51 = {instancePath:instancePath+"/layout/marginLeftMm",schemaPath:"#/properties/layout/properties/marginLeftMm/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema68.properties.layout.properties.marginLeftMm.type,parentSchema:schema68.properties.layout.properties.marginLeftMm,data:data21};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data18.marginRightMm !== undefined){
let data22 = data18.marginRightMm;
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 > 20 || isNaN(data22)){
const err52 = {instancePath:instancePath+"/layout/marginRightMm",schemaPath:"#/properties/layout/properties/marginRightMm/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20},message:"must be <= 20",schema:20,parentSchema:schema68.properties.layout.properties.marginRightMm,data:data22};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(data22 < 15 || isNaN(data22)){
const err53 = {instancePath:instancePath+"/layout/marginRightMm",schemaPath:"#/properties/layout/properties/marginRightMm/minimum",keyword:"minimum",params:{comparison: ">=", limit: 15},message:"must be >= 15",schema:15,parentSchema:schema68.properties.layout.properties.marginRightMm,data:data22};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
else {
const err54 = {instancePath:instancePath+"/layout/marginRightMm",schemaPath:"#/properties/layout/properties/marginRightMm/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema68.properties.layout.properties.marginRightMm.type,parentSchema:schema68.properties.layout.properties.marginRightMm,data:data22};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
else {
const err55 = {instancePath:instancePath+"/layout",schemaPath:"#/properties/layout/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema68.properties.layout.type,parentSchema:schema68.properties.layout,data:data18};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
if(data.text !== undefined){
let data23 = data.text;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
for(const key4 in data23){
const _errs69 = errors;
if(typeof key4 === "string"){
if(!pattern19.test(key4)){
const err56 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9]*$"+"\"",schema:"^[A-Za-z][A-Za-z0-9]*$",parentSchema:schema68.properties.text.propertyNames,data:key4,propertyName:key4};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
else {
const err57 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/propertyNames/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.properties.text.propertyNames.type,parentSchema:schema68.properties.text.propertyNames,data:key4,propertyName:key4};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
var valid21 = _errs69 === errors;
if(!valid21){
const err58 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/propertyNames",keyword:"propertyNames",params:{propertyName: key4},message:"property name must be valid",schema:schema68.properties.text.propertyNames,parentSchema:schema68.properties.text,data:data23};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
for(const key5 in data23){
if(!((key5 === "tasks") || (key5 === "sections"))){
let data24 = data23[key5];
if(typeof data24 !== "string"){
const err59 = {instancePath:instancePath+"/text/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/text/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.properties.text.additionalProperties.type,parentSchema:schema68.properties.text.additionalProperties,data:data24};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
}
if(data23.tasks !== undefined){
let data25 = data23.tasks;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
for(const key6 in data25){
let data26 = data25[key6];
if(typeof data26 !== "string"){
const err60 = {instancePath:instancePath+"/text/tasks/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/text/properties/tasks/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.properties.text.properties.tasks.additionalProperties.type,parentSchema:schema68.properties.text.properties.tasks.additionalProperties,data:data26};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
}
else {
const err61 = {instancePath:instancePath+"/text/tasks",schemaPath:"#/properties/text/properties/tasks/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema68.properties.text.properties.tasks.type,parentSchema:schema68.properties.text.properties.tasks,data:data25};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
}
if(data23.sections !== undefined){
let data27 = data23.sections;
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
for(const key7 in data27){
let data28 = data27[key7];
if(typeof data28 !== "string"){
const err62 = {instancePath:instancePath+"/text/sections/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/text/properties/sections/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema68.properties.text.properties.sections.additionalProperties.type,parentSchema:schema68.properties.text.properties.sections.additionalProperties,data:data28};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
else {
const err63 = {instancePath:instancePath+"/text/sections",schemaPath:"#/properties/text/properties/sections/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema68.properties.text.properties.sections.type,parentSchema:schema68.properties.text.properties.sections,data:data27};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
else {
const err64 = {instancePath:instancePath+"/text",schemaPath:"#/properties/text/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema68.properties.text.type,parentSchema:schema68.properties.text,data:data23};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
else {
const err65 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema68.type,parentSchema:schema68,data};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}

export const request = validate36;
const schema78 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://kt-bio.local/schema/request.schema.json","title":"ReportRequest","description":"requests/<id>.yaml: an ad hoc request for reports (báo cáo đột xuất) that the department adds, e.g. the People's Committee asking for a mid-year report. Units answer with the usual report format plus `request: <id>`, saved in reports/requests/<id>/. kt-bio check, template, compile and remind take --request <id> and use this request's units, tasks and deadline instead of the yearly cycle's.","type":"object","additionalProperties":false,"required":["id","title","document","year","deadline"],"properties":{"id":{"description":"The request's id: the file's name without .yaml, and what answers write in `request:`.","$ref":"defs.schema.json#/definitions/id","examples":["bao-cao-6-thang-2025"]},"title":{"description":"What is asked, as the letter and the compiled report say it after \"về việc\", e.g. Báo cáo kết quả 6 tháng đầu năm 2025.","$ref":"defs.schema.json#/definitions/text"},"document":{"description":"The document that asks (văn bản yêu cầu).","type":"object","additionalProperties":false,"required":["kind","number","date","issuer"],"properties":{"kind":{"description":"Loại văn bản, e.g. Công văn.","$ref":"defs.schema.json#/definitions/text"},"number":{"description":"Số, ký hiệu, e.g. 1520/UBND-KGVX.","$ref":"defs.schema.json#/definitions/text"},"date":{"$ref":"defs.schema.json#/definitions/date"},"issuer":{"description":"Who issued it, e.g. Ủy ban nhân dân tỉnh.","$ref":"defs.schema.json#/definitions/text"}}},"year":{"description":"The reporting year the answers give in `year` (and whose assignments of the plan apply).","type":"integer","minimum":2023,"maximum":2100},"period":{"description":"The period the figures cover (from ≤ to).","type":"object","additionalProperties":false,"required":["from","to"],"properties":{"from":{"$ref":"defs.schema.json#/definitions/date"},"to":{"$ref":"defs.schema.json#/definitions/date"}}},"deadline":{"description":"The last day a unit's answer counts as on time.","$ref":"defs.schema.json#/definitions/date"},"provincialDeadline":{"description":"The last day for the department's compiled answer (default: the units' deadline).","$ref":"defs.schema.json#/definitions/date"},"units":{"description":"The units (or groups) asked, by id of plan/units.yaml. Default: every unit holding one of `tasks` on the deadline.","type":"array","minItems":1,"items":{"$ref":"defs.schema.json#/definitions/id"}},"tasks":{"description":"The tasks asked about, by id of plan/tasks.yaml. Default: every task.","type":"array","minItems":1,"items":{"type":"string","minLength":1}},"compiler":{"description":"The unit that compiles the answers, when not the plan's compiler.","$ref":"defs.schema.json#/definitions/id"}}};

function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://kt-bio.local/schema/request.schema.json" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema78.required,parentSchema:schema78,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.title === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "title"},message:"must have required property '"+"title"+"'",schema:schema78.required,parentSchema:schema78,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.document === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "document"},message:"must have required property '"+"document"+"'",schema:schema78.required,parentSchema:schema78,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.year === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "year"},message:"must have required property '"+"year"+"'",schema:schema78.required,parentSchema:schema78,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.deadline === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "deadline"},message:"must have required property '"+"deadline"+"'",schema:schema78.required,parentSchema:schema78,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
for(const key0 in data){
if(!(func2.call(schema78.properties, key0))){
const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema78,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(!pattern0.test(data0)){
const err6 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema20,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/id",schemaPath:"defs.schema.json#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.type,parentSchema:schema20,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.title !== undefined){
let data1 = data.title;
if(typeof data1 === "string"){
if(func3(data1) < 1){
const err8 = {instancePath:instancePath+"/title",schemaPath:"defs.schema.json#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/title",schemaPath:"defs.schema.json#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.document !== undefined){
let data2 = data.document;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
if(data2.kind === undefined){
const err10 = {instancePath:instancePath+"/document",schemaPath:"#/properties/document/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema78.properties.document.required,parentSchema:schema78.properties.document,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data2.number === undefined){
const err11 = {instancePath:instancePath+"/document",schemaPath:"#/properties/document/required",keyword:"required",params:{missingProperty: "number"},message:"must have required property '"+"number"+"'",schema:schema78.properties.document.required,parentSchema:schema78.properties.document,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data2.date === undefined){
const err12 = {instancePath:instancePath+"/document",schemaPath:"#/properties/document/required",keyword:"required",params:{missingProperty: "date"},message:"must have required property '"+"date"+"'",schema:schema78.properties.document.required,parentSchema:schema78.properties.document,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data2.issuer === undefined){
const err13 = {instancePath:instancePath+"/document",schemaPath:"#/properties/document/required",keyword:"required",params:{missingProperty: "issuer"},message:"must have required property '"+"issuer"+"'",schema:schema78.properties.document.required,parentSchema:schema78.properties.document,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
for(const key1 in data2){
if(!((((key1 === "kind") || (key1 === "number")) || (key1 === "date")) || (key1 === "issuer"))){
const err14 = {instancePath:instancePath+"/document",schemaPath:"#/properties/document/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema78.properties.document,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data2.kind !== undefined){
let data3 = data2.kind;
if(typeof data3 === "string"){
if(func3(data3) < 1){
const err15 = {instancePath:instancePath+"/document/kind",schemaPath:"defs.schema.json#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/document/kind",schemaPath:"defs.schema.json#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data2.number !== undefined){
let data4 = data2.number;
if(typeof data4 === "string"){
if(func3(data4) < 1){
const err17 = {instancePath:instancePath+"/document/number",schemaPath:"defs.schema.json#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/document/number",schemaPath:"defs.schema.json#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data4};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data2.date !== undefined){
let data5 = data2.date;
const problem0 = func5(data5);
if(problem0 !== undefined){
const err19 = {instancePath:instancePath+"/document/date",schemaPath:"defs.schema.json#/definitions/date/kt-date",keyword:"kt-date",params:problem0.params,message:problem0.message,schema:true,parentSchema:schema13,data:data5};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data2.issuer !== undefined){
let data6 = data2.issuer;
if(typeof data6 === "string"){
if(func3(data6) < 1){
const err20 = {instancePath:instancePath+"/document/issuer",schemaPath:"defs.schema.json#/definitions/text/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema14,data:data6};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/document/issuer",schemaPath:"defs.schema.json#/definitions/text/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema14.type,parentSchema:schema14,data:data6};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
else {
const err22 = {instancePath:instancePath+"/document",schemaPath:"#/properties/document/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema78.properties.document.type,parentSchema:schema78.properties.document,data:data2};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data.year !== undefined){
let data7 = data.year;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err23 = {instancePath:instancePath+"/year",schemaPath:"#/properties/year/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema78.properties.year.type,parentSchema:schema78.properties.year,data:data7};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 2100 || isNaN(data7)){
const err24 = {instancePath:instancePath+"/year",schemaPath:"#/properties/year/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2100},message:"must be <= 2100",schema:2100,parentSchema:schema78.properties.year,data:data7};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data7 < 2023 || isNaN(data7)){
const err25 = {instancePath:instancePath+"/year",schemaPath:"#/properties/year/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2023},message:"must be >= 2023",schema:2023,parentSchema:schema78.properties.year,data:data7};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
if(data.period !== undefined){
let data8 = data.period;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.from === undefined){
const err26 = {instancePath:instancePath+"/period",schemaPath:"#/properties/period/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema78.properties.period.required,parentSchema:schema78.properties.period,data:data8};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(data8.to === undefined){
const err27 = {instancePath:instancePath+"/period",schemaPath:"#/properties/period/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'",schema:schema78.properties.period.required,parentSchema:schema78.properties.period,data:data8};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
for(const key2 in data8){
if(!((key2 === "from") || (key2 === "to"))){
const err28 = {instancePath:instancePath+"/period",schemaPath:"#/properties/period/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema78.properties.period,data:data8};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
if(data8.from !== undefined){
let data9 = data8.from;
const problem1 = func5(data9);
if(problem1 !== undefined){
const err29 = {instancePath:instancePath+"/period/from",schemaPath:"defs.schema.json#/definitions/date/kt-date",keyword:"kt-date",params:problem1.params,message:problem1.message,schema:true,parentSchema:schema13,data:data9};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data8.to !== undefined){
let data10 = data8.to;
const problem2 = func5(data10);
if(problem2 !== undefined){
const err30 = {instancePath:instancePath+"/period/to",schemaPath:"defs.schema.json#/definitions/date/kt-date",keyword:"kt-date",params:problem2.params,message:problem2.message,schema:true,parentSchema:schema13,data:data10};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
}
else {
const err31 = {instancePath:instancePath+"/period",schemaPath:"#/properties/period/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema78.properties.period.type,parentSchema:schema78.properties.period,data:data8};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.deadline !== undefined){
let data11 = data.deadline;
const problem3 = func5(data11);
if(problem3 !== undefined){
const err32 = {instancePath:instancePath+"/deadline",schemaPath:"defs.schema.json#/definitions/date/kt-date",keyword:"kt-date",params:problem3.params,message:problem3.message,schema:true,parentSchema:schema13,data:data11};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data.provincialDeadline !== undefined){
let data12 = data.provincialDeadline;
const problem4 = func5(data12);
if(problem4 !== undefined){
const err33 = {instancePath:instancePath+"/provincialDeadline",schemaPath:"defs.schema.json#/definitions/date/kt-date",keyword:"kt-date",params:problem4.params,message:problem4.message,schema:true,parentSchema:schema13,data:data12};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.units !== undefined){
let data13 = data.units;
if(Array.isArray(data13)){
if(data13.length < 1){
const err34 = {instancePath:instancePath+"/units",schemaPath:"#/properties/units/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema78.properties.units,data:data13};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
const len0 = data13.length;
for(let i0=0; i0<len0; i0++){
let data14 = data13[i0];
if(typeof data14 === "string"){
if(!pattern0.test(data14)){
const err35 = {instancePath:instancePath+"/units/" + i0,schemaPath:"defs.schema.json#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema20,data:data14};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
else {
const err36 = {instancePath:instancePath+"/units/" + i0,schemaPath:"defs.schema.json#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.type,parentSchema:schema20,data:data14};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
}
else {
const err37 = {instancePath:instancePath+"/units",schemaPath:"#/properties/units/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema78.properties.units.type,parentSchema:schema78.properties.units,data:data13};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.tasks !== undefined){
let data15 = data.tasks;
if(Array.isArray(data15)){
if(data15.length < 1){
const err38 = {instancePath:instancePath+"/tasks",schemaPath:"#/properties/tasks/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema78.properties.tasks,data:data15};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
const len1 = data15.length;
for(let i1=0; i1<len1; i1++){
let data16 = data15[i1];
if(typeof data16 === "string"){
if(func3(data16) < 1){
const err39 = {instancePath:instancePath+"/tasks/" + i1,schemaPath:"#/properties/tasks/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema78.properties.tasks.items,data:data16};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/tasks/" + i1,schemaPath:"#/properties/tasks/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema78.properties.tasks.items.type,parentSchema:schema78.properties.tasks.items,data:data16};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/tasks",schemaPath:"#/properties/tasks/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema78.properties.tasks.type,parentSchema:schema78.properties.tasks,data:data15};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data.compiler !== undefined){
let data17 = data.compiler;
if(typeof data17 === "string"){
if(!pattern0.test(data17)){
const err42 = {instancePath:instancePath+"/compiler",schemaPath:"defs.schema.json#/definitions/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\"",schema:"^[a-z0-9]+(-[a-z0-9]+)*$",parentSchema:schema20,data:data17};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/compiler",schemaPath:"defs.schema.json#/definitions/id/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema20.type,parentSchema:schema20,data:data17};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema78.type,parentSchema:schema78,data};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
validate36.errors = vErrors;
return errors === 0;
}

