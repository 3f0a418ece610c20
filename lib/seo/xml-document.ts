import { XMLBuilder } from "fast-xml-parser";
import { toXmlText } from "./xml-text";

// The one XML writer behind sitemaps and feeds: fast-xml-parser's builder escapes "&", "<", ">"
// and quotes in every text node and attribute (an "&nbsp;" in a headline stays text, where some
// builders would pass it through as an undefined entity). It does not drop the characters XML
// cannot hold at all, so every string goes through `text()` on its way in.
const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  textNodeName: "#text",
  format: true,
  indentBy: "  ",
  processEntities: true,
  suppressEmptyNode: true,
  // isPermaLink="true" must keep its value: a bare attribute is not XML.
  suppressBooleanAttributes: false,
});

export type XmlValue = string | number | undefined | XmlNode | XmlValue[];
export type XmlNode = { [name: string]: XmlValue };

export function text(value: string): string {
  return toXmlText(value);
}

export function buildXmlDocument(root: XmlNode): string {
  return builder.build({ "?xml": { "@version": "1.0", "@encoding": "UTF-8" }, ...root });
}
