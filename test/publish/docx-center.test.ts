// The `<!-- kt-bio:center -->` directive of the report body: the next paragraph or heading is
// centred without first-line indent (an appendix title), and only that one.
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/publish/docx/index.js';
import { fixtureReport } from '../fixtures/docx/report.js';
import { openDocx, textOf } from '../helpers/docx.js';
import { attr, childElements, path as xmlPath } from '../helpers/xml.js';

async function bodyParagraphs(markdown: string): Promise<{ text: string; jc?: string; firstLine?: string }[]> {
  const { body } = openDocx(await renderDocx(fixtureReport({ body: markdown })));
  return childElements(body, 'w:p').map((p) => ({
    text: textOf(p),
    jc: attr(xmlPath(p, 'w:pPr', 'w:jc'), 'w:val'),
    firstLine: attr(xmlPath(p, 'w:pPr', 'w:ind'), 'w:firstLine'),
  }));
}

describe('the center directive', () => {
  it('centres the next heading or paragraph only, without first-line indent', async () => {
    const ps = await bodyParagraphs(
      ['<!-- kt-bio:center -->', '', '# Phụ lục 1', '', '<!-- kt-bio:center -->', '**TÊN PHỤ LỤC**', '', 'Đoạn thường.', ''].join('\n'),
    );
    const find = (t: string) => ps.find((p) => p.text === t);
    expect(find('Phụ lục 1')).toMatchObject({ jc: 'center', firstLine: '0' });
    expect(find('TÊN PHỤ LỤC')).toMatchObject({ jc: 'center', firstLine: '0' });
    expect(find('Đoạn thường.')).toMatchObject({ jc: 'both', firstLine: '567' });
  });

  it('is used up by a table that follows it, so it does not reach the paragraph after', async () => {
    const ps = await bodyParagraphs(['<!-- kt-bio:center -->', '', '| a | b |', '|---|---|', '| 1 | 2 |', '', 'Sau bảng.', ''].join('\n'));
    expect(ps.find((p) => p.text === 'Sau bảng.')).toMatchObject({ jc: 'both' });
  });
});
