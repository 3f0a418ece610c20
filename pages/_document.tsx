import { Head, Html, Main, NextScript } from "next/document";

// The Pages Router's document, used only by the lite edition (pages/lite/). NextScript renders
// nothing on pages whose config turns the runtime off.
export default function LiteDocument() {
  return (
    <Html lang="en-KE">
      <Head />
      <body>
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
