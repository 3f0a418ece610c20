// The shape the Tiptap editor writes and the database stores. Nothing enforces it on a stored row,
// so the renderers accept `unknown` and only trust what walkBody hands back.
export type BodyNode = {
  type: string;
  attrs?: Record<string, unknown>;
  content?: BodyNode[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
};

export type BodyDoc = BodyNode & { type: "doc" };

// The validated tree walkBody produces: only allowlisted nodes, marks and attributes can be
// expressed, so a renderer that handles every case here cannot emit anything unvetted.
export type SafeMark =
  | { type: "bold" | "italic" | "strike" | "code" | "subscript" | "superscript" }
  // A root-relative href starts with "/"; anything else is an absolute http(s), mailto or tel URL.
  | { type: "link"; href: string; external: boolean };

export type SafeInline =
  { type: "text"; text: string; marks: SafeMark[] } | { type: "hardBreak"; marks: SafeMark[] };

export type SafeBlock =
  | { type: "paragraph"; content: SafeInline[] }
  | { type: "heading"; level: 2 | 3 | 4; content: SafeInline[] }
  | { type: "bulletList"; items: SafeBlock[][] }
  | { type: "orderedList"; start?: number; items: SafeBlock[][] }
  | { type: "blockquote"; content: SafeBlock[] }
  | { type: "pullQuote"; citation?: string; content: SafeBlock[] }
  | { type: "horizontalRule" }
  | {
      type: "image";
      src: string;
      alt: string;
      title?: string;
      width?: number;
      height?: number;
      caption?: string;
      credit?: string;
    }
  | { type: "embed"; provider: "youtube" | "x"; url: string };
