// exceljs's streaming writer alone: the package root also loads its readers (unzipper, sax, the
// CSV parser), about a third of a second of start-up on a loaded machine that an xlsx report never uses.
declare module 'exceljs/lib/stream/xlsx/workbook-writer.js' {
  import type { stream } from 'exceljs';

  const WorkbookWriter: typeof stream.xlsx.WorkbookWriter;
  export default WorkbookWriter;
}
