/** Types for the two untyped structured-data packages, as tests/build/validators.test.ts uses them. */
declare module '@marbec/web-auto-extractor' {
  /** Structured data found in a page, by format and then by schema.org type. */
  export type ExtractedData = Record<'jsonld' | 'microdata' | 'rdfa', Record<string, unknown[]>>;
  export default class WebAutoExtractor {
    constructor(options?: { addLocation?: boolean; embedSource?: readonly ('rdfa' | 'microdata')[] });
    parse(html: string): ExtractedData;
  }
}

declare module '@adobe/structured-data-validator' {
  import type { ExtractedData } from '@marbec/web-auto-extractor';
  export type ValidationIssue = { issueMessage: string; severity: 'ERROR' | 'WARNING'; fieldNames?: string[]; path?: unknown[] };
  export default class Validator {
    constructor(schemaOrgJson?: { '@graph': unknown[] });
    validate(data: ExtractedData): Promise<ValidationIssue[]>;
  }
}
