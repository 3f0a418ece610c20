"use client";

import { EditorContent, useEditor, useEditorState, type Editor } from "@tiptap/react";
import { useEffect, useId, useRef, useState } from "react";
import { renderBodyHtml } from "@/lib/body/render-body-html";
import type { MediaItem } from "@/lib/media/media-item";
import { bodyExtensions } from "./body-extensions";
import { editorDocFromBody } from "./editor-doc";
import { keepEnterInside } from "./keep-enter-inside";
import { normalizeLinkHref } from "./link-href";
import { MediaPickerClient } from "./media-picker-client";
import { parseEmbedUrl } from "./parse-embed-url";
import "./body-editor.css";

const TOOL =
  "min-h-11 min-w-11 rounded border border-transparent px-2 text-sm font-semibold hover:border-rule aria-pressed:border-rule aria-pressed:bg-wash disabled:opacity-40";
const PANEL_BUTTON =
  "min-h-11 rounded border border-rule bg-paper px-3 text-sm font-semibold hover:bg-wash";
const PANEL_INPUT = "mt-1 block w-full rounded border border-rule bg-paper px-3 py-2 text-base";

type Panel = "link" | "embed" | null;

function toolbarState(editor: Editor) {
  return {
    bold: editor.isActive("bold"),
    italic: editor.isActive("italic"),
    h2: editor.isActive("heading", { level: 2 }),
    h3: editor.isActive("heading", { level: 3 }),
    bulletList: editor.isActive("bulletList"),
    orderedList: editor.isActive("orderedList"),
    blockquote: editor.isActive("blockquote"),
    pullQuote: editor.isActive("pullQuote"),
    link: editor.isActive("link"),
    linkHref: String(editor.getAttributes("link").href ?? ""),
    image: editor.isActive("image"),
    imageAlt: String(editor.getAttributes("image").alt ?? ""),
    imageCaption: String(editor.getAttributes("image").caption ?? ""),
    citation: String(editor.getAttributes("pullQuote").citation ?? ""),
    canUndo: editor.can().undo(),
    canRedo: editor.can().redo(),
  };
}

// The rich-text body: Tiptap writing the JSON the public renderer reads. Until the editor has
// loaded (or without JavaScript) the body is shown as readers would see it, and the form's
// hidden input still carries it unchanged.
export function BodyEditorClient({
  labelId,
  describedBy,
  invalid,
  initialBody,
  onChange,
}: {
  labelId: string;
  describedBy?: string;
  invalid: boolean;
  initialBody: Record<string, unknown>;
  onChange: (doc: Record<string, unknown>) => void;
}) {
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  });
  const editor = useEditor({
    extensions: bodyExtensions(),
    content: editorDocFromBody(initialBody),
    immediatelyRender: false,
    editorProps: {
      attributes: {
        role: "textbox",
        "aria-multiline": "true",
        "aria-labelledby": labelId,
        class: "article-body body-editor",
      },
    },
    onUpdate: ({ editor: current }) => {
      onChangeRef.current(current.getJSON() as Record<string, unknown>);
    },
  });

  // Errors from the last save are announced with the field, as for every other field.
  useEffect(() => {
    if (!editor) return;
    editor.setOptions({
      editorProps: {
        attributes: {
          role: "textbox",
          "aria-multiline": "true",
          "aria-labelledby": labelId,
          ...(describedBy ? { "aria-describedby": describedBy } : {}),
          ...(invalid ? { "aria-invalid": "true" } : {}),
          class: "article-body body-editor",
        },
      },
    });
  }, [editor, labelId, describedBy, invalid]);

  if (!editor) {
    return (
      <div
        className="article-body body-editor body-editor-static"
        // The body renderer escapes all text and allowlists every node, mark and attribute.
        dangerouslySetInnerHTML={{ __html: renderBodyHtml(initialBody) || "<p></p>" }}
      />
    );
  }
  return <LoadedBodyEditor editor={editor} />;
}

function LoadedBodyEditor({ editor }: { editor: Editor }) {
  const id = useId();
  const [panel, setPanel] = useState<Panel>(null);
  const [linkInput, setLinkInput] = useState("");
  const [embedInput, setEmbedInput] = useState("");
  const [panelError, setPanelError] = useState<string | null>(null);
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => toolbarState(current),
  });

  const chain = () => editor.chain().focus();

  function openPanel(next: Panel) {
    setPanelError(null);
    if (next === "link") setLinkInput(state.linkHref);
    if (next === "embed") setEmbedInput("");
    setPanel(panel === next ? null : next);
  }

  function applyLink() {
    if (linkInput.trim() === "") {
      chain().extendMarkRange("link").unsetLink().run();
      setPanel(null);
      return;
    }
    const href = normalizeLinkHref(linkInput);
    if (!href) {
      setPanelError("Use a web address (https://…), an email address or a path on this site.");
      return;
    }
    if (editor.state.selection.empty && !state.link) {
      chain()
        .insertContent({ type: "text", text: href, marks: [{ type: "link", attrs: { href } }] })
        .run();
    } else {
      chain().extendMarkRange("link").setLink({ href }).run();
    }
    setPanel(null);
  }

  function insertEmbed() {
    const embed = parseEmbedUrl(embedInput);
    if (!embed) {
      setPanelError("Paste the address of a YouTube video or of a post on X.");
      return;
    }
    chain().insertContent({ type: "embed", attrs: embed }).run();
    setPanel(null);
  }

  function insertImage(item: MediaItem) {
    chain()
      .insertContent({
        type: "image",
        attrs: {
          src: item.src,
          alt: item.alt,
          width: item.width,
          height: item.height,
          caption: item.caption,
          credit: item.credit,
        },
      })
      .run();
  }

  const tools: {
    label: string;
    text: string;
    pressed?: boolean;
    run: () => void;
    disabled?: boolean;
  }[] = [
    { label: "Bold", text: "B", pressed: state.bold, run: () => chain().toggleBold().run() },
    { label: "Italic", text: "I", pressed: state.italic, run: () => chain().toggleItalic().run() },
    {
      label: "Heading",
      text: "H2",
      pressed: state.h2,
      run: () => chain().toggleHeading({ level: 2 }).run(),
    },
    {
      label: "Subheading",
      text: "H3",
      pressed: state.h3,
      run: () => chain().toggleHeading({ level: 3 }).run(),
    },
    {
      label: "Bulleted list",
      text: "• List",
      pressed: state.bulletList,
      run: () => chain().toggleBulletList().run(),
    },
    {
      label: "Numbered list",
      text: "1. List",
      pressed: state.orderedList,
      run: () => chain().toggleOrderedList().run(),
    },
    {
      label: "Quote",
      text: "Quote",
      pressed: state.blockquote,
      run: () => chain().toggleBlockquote().run(),
    },
    {
      label: "Pull quote",
      text: "Pull quote",
      pressed: state.pullQuote,
      run: () =>
        state.pullQuote ? chain().lift("pullQuote").run() : chain().wrapIn("pullQuote").run(),
    },
    {
      label: "Link",
      text: "Link",
      pressed: state.link || panel === "link",
      run: () => openPanel("link"),
    },
    { label: "Embed", text: "Embed", pressed: panel === "embed", run: () => openPanel("embed") },
    { label: "Divider", text: "―", run: () => chain().setHorizontalRule().run() },
    { label: "Undo", text: "Undo", run: () => chain().undo().run(), disabled: !state.canUndo },
    { label: "Redo", text: "Redo", run: () => chain().redo().run(), disabled: !state.canRedo },
  ];

  return (
    <div className="rounded border border-rule bg-paper" onKeyDown={keepEnterInside}>
      <div
        role="toolbar"
        aria-label="Body formatting"
        className="sticky top-0 z-10 flex flex-wrap gap-1 border-b border-rule bg-paper p-1"
      >
        {tools.slice(0, 10).map((tool) => (
          <button
            key={tool.label}
            type="button"
            aria-label={tool.label}
            aria-pressed={tool.pressed ?? undefined}
            disabled={tool.disabled}
            onClick={tool.run}
            className={TOOL}
          >
            {tool.text}
          </button>
        ))}
        <MediaPickerClient
          title="Insert an image"
          buttonText="Image"
          buttonClassName={TOOL}
          onChoose={insertImage}
        />
        {tools.slice(10).map((tool) => (
          <button
            key={tool.label}
            type="button"
            aria-label={tool.label}
            disabled={tool.disabled}
            onClick={tool.run}
            className={TOOL}
          >
            {tool.text}
          </button>
        ))}
      </div>

      {panel === "link" ? (
        <div className="flex flex-wrap items-end gap-2 border-b border-rule bg-wash p-2">
          <div className="min-w-48 flex-1">
            <label htmlFor={`${id}-link`} className="block text-sm font-semibold">
              Link address
            </label>
            <input
              id={`${id}-link`}
              value={linkInput}
              onChange={(event) => setLinkInput(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === "Enter") applyLink();
              }}
              placeholder="https://…"
              className={PANEL_INPUT}
            />
          </div>
          <button type="button" className={PANEL_BUTTON} onClick={applyLink}>
            Apply link
          </button>
          {state.link ? (
            <button
              type="button"
              className={PANEL_BUTTON}
              onClick={() => {
                chain().extendMarkRange("link").unsetLink().run();
                setPanel(null);
              }}
            >
              Remove link
            </button>
          ) : null}
        </div>
      ) : null}

      {panel === "embed" ? (
        <div className="flex flex-wrap items-end gap-2 border-b border-rule bg-wash p-2">
          <div className="min-w-48 flex-1">
            <label htmlFor={`${id}-embed`} className="block text-sm font-semibold">
              YouTube or X address
            </label>
            <input
              id={`${id}-embed`}
              value={embedInput}
              onChange={(event) => setEmbedInput(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === "Enter") insertEmbed();
              }}
              placeholder="https://www.youtube.com/watch?v=…"
              className={PANEL_INPUT}
            />
          </div>
          <button type="button" className={PANEL_BUTTON} onClick={insertEmbed}>
            Insert embed
          </button>
        </div>
      ) : null}

      {panelError && panel ? (
        <p role="alert" className="border-b border-rule px-2 py-1 text-sm font-semibold text-brand">
          {panelError}
        </p>
      ) : null}

      {state.image ? (
        <div className="grid gap-2 border-b border-rule bg-wash p-2 sm:grid-cols-2">
          <div>
            <label htmlFor={`${id}-image-alt`} className="block text-sm font-semibold">
              Image alt text
            </label>
            <input
              id={`${id}-image-alt`}
              value={state.imageAlt}
              onChange={(event) =>
                editor.commands.updateAttributes("image", { alt: event.target.value })
              }
              className={PANEL_INPUT}
            />
          </div>
          <div>
            <label htmlFor={`${id}-image-caption`} className="block text-sm font-semibold">
              Image caption
            </label>
            <input
              id={`${id}-image-caption`}
              value={state.imageCaption}
              onChange={(event) =>
                editor.commands.updateAttributes("image", {
                  caption: event.target.value || null,
                })
              }
              className={PANEL_INPUT}
            />
          </div>
        </div>
      ) : null}

      {state.pullQuote ? (
        <div className="border-b border-rule bg-wash p-2">
          <label htmlFor={`${id}-citation`} className="block text-sm font-semibold">
            Pull quote by
          </label>
          <input
            id={`${id}-citation`}
            value={state.citation}
            onChange={(event) =>
              editor.commands.updateAttributes("pullQuote", {
                citation: event.target.value || null,
              })
            }
            className={PANEL_INPUT}
          />
        </div>
      ) : null}

      <EditorContent editor={editor} />
    </div>
  );
}
