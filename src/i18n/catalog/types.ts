/** One message in both languages. */
export interface Message {
  id: string;
  en: string;
}

export type Catalog = Record<string, Message>;
