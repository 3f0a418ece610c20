"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useActionState, useEffect, useId, useMemo, useRef, useState, type FormEvent } from "react";
import { flushSync } from "react-dom";
import { autosaveArticleAction, saveArticleAction } from "@/app/(admin)/admin/articles/actions";
import type { ArticleStatus } from "@/lib/articles/article-statuses";
import type { EditorOptions } from "@/db/queries/editor/get-editor-options";
import type { ArticleFormValues } from "@/lib/articles/article-form-values";
import { ARTICLE_FIELD_LIMITS as LIMITS } from "@/lib/articles/article-field-limits";
import { slugify } from "@/lib/articles/slugify";
import type { MediaItem } from "@/lib/media/media-item";
import {
  AutosaveController,
  type AutosaveOutcome,
  type AutosaveStatus,
} from "./autosave-controller";
import { BodyEditorClient } from "./body-editor-client";
import { CONTROL, EditorField } from "./editor-field";
import { AuthorsFieldClient, HeroFieldClient, TagsFieldClient } from "./editor-fields-client";
import type { EditorFormState } from "./editor-form-state";
import { INTENT_LABELS, type EditorIntent } from "./editor-intents";

export type ArticleEditorProps = {
  articleId: number | null;
  version: number | null;
  status: ArticleStatus | null;
  intents: EditorIntent[];
  values: ArticleFormValues;
  // The slug follows the title until someone types one (never once the story has been public).
  slugFollowsTitle: boolean;
  options: EditorOptions;
  hero: MediaItem | null;
};

const BUTTON_STYLES: Record<EditorIntent, string> = {
  save: "border border-rule bg-paper hover:bg-wash",
  preview: "border border-rule bg-paper hover:bg-wash",
  submit: "bg-brand text-paper hover:bg-brand-dark",
  publish: "bg-brand text-paper hover:bg-brand-dark",
  schedule: "border border-rule bg-paper hover:bg-wash",
  update: "bg-brand text-paper hover:bg-brand-dark",
  unpublish: "border border-brand text-brand hover:bg-wash",
  trash: "border border-brand text-brand hover:bg-wash",
};

const CONFIRM: Partial<Record<EditorIntent, string>> = {
  unpublish: "Take this story down? Readers will no longer find it.",
  trash: "Move this story to the trash? It can be restored from the trash.",
};

const clock = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Africa/Nairobi",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

const initialState: EditorFormState = {};

// The article editor. Everything it holds is posted as one form to the save action (with or
// without JavaScript); with JavaScript it also autosaves to the working copy, warns before
// leaving with unsaved changes, and keeps what was typed when a save is refused.
export function ArticleEditorClient(props: ArticleEditorProps) {
  const id = useId();
  const router = useRouter();
  const [state, formAction, pending] = useActionState(saveArticleAction, initialState);
  // Without JavaScript the page is rendered afresh after a refused save: start from what was
  // typed. With JavaScript the form keeps its own state and these are only the first values.
  const start = state.values ?? props.values;
  const [values, setValues] = useState<ArticleFormValues>(start);
  const [slugAuto, setSlugAuto] = useState(props.slugFollowsTitle);
  const [hero, setHero] = useState<MediaItem | null>(props.hero);
  const [articleId, setArticleId] = useState(state.created?.articleId ?? props.articleId);
  const [version, setVersion] = useState(state.created?.version ?? props.version);
  const [autosave, setAutosave] = useState<AutosaveStatus>({
    unsaved: false,
    saving: false,
    stopped: false,
  });
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [autosaveNote, setAutosaveNote] = useState<string | null>(null);
  const [conflict, setConflict] = useState<EditorFormState["conflict"] | null>(null);
  const [seenState, setSeenState] = useState(state);

  // What a refused submission changes in the form (React's way to follow another value).
  if (seenState !== state) {
    setSeenState(state);
    if (state.created) {
      setArticleId(state.created.articleId);
      setVersion(state.created.version);
    }
    if (state.conflict) setConflict(state.conflict);
  }

  const latest = useRef({ values, slugAuto, articleId, version });
  useEffect(() => {
    latest.current = { values, slugAuto, articleId, version };
  });
  const formRef = useRef<HTMLFormElement>(null);
  const resubmitting = useRef(false);
  const controllerRef = useRef<AutosaveController | null>(null);

  useEffect(() => {
    const save = async (): Promise<AutosaveOutcome> => {
      const current = latest.current;
      const response = await autosaveArticleAction({
        articleId: current.articleId,
        baseVersion: current.articleId === null ? null : current.version,
        values: { ...current.values, slug: current.slugAuto ? "" : current.values.slug },
      });
      switch (response.kind) {
        case "saved":
          // The next save is based on this version; the form's hidden fields must say so
          // before anything else can be submitted.
          flushSync(() => {
            setArticleId(response.articleId);
            setVersion(response.version);
            setSavedAt(new Date(response.savedAt));
            setAutosaveNote(null);
          });
          latest.current = {
            ...latest.current,
            articleId: response.articleId,
            version: response.version,
          };
          if (current.articleId === null) {
            window.history.replaceState(null, "", `/admin/articles/${response.articleId}`);
          }
          return "saved";
        case "conflict":
          setConflict({
            revisionId: response.revisionId,
            yourVersion: current.version ?? 0,
            currentVersion: response.currentVersion,
          });
          return "stop";
        case "blocked":
          setAutosaveNote(`Not saved yet: ${response.message}`);
          return "blocked";
        case "refused":
          setAutosaveNote(`Autosave stopped: ${response.message}`);
          return "stop";
        case "signed-out":
          setAutosaveNote(
            "You have been signed out: sign in again in another tab. This page keeps your text and saves it once you are back.",
          );
          return "failed";
      }
    };
    const controller = new AutosaveController(save, { onStatus: setAutosave });
    controllerRef.current = controller;
    return () => controller.stop();
  }, []);

  // After a refused submission: autosave carries on (unless the refusal was a conflict), and a
  // story created by it is now edited at its own address.
  useEffect(() => {
    if (state === initialState) return;
    const controller = controllerRef.current;
    if (state.conflict) controller?.stop();
    else controller?.resume();
    if (state.created) {
      window.history.replaceState(null, "", `/admin/articles/${state.created.articleId}`);
    }
  }, [state]);

  // Leaving with unsaved changes: the browser's own warning for reloads and closed tabs, a
  // confirmation for links inside the newsroom.
  useEffect(() => {
    const unsaved = () => {
      const status = controllerRef.current?.status;
      return Boolean(status && (status.unsaved || status.saving));
    };
    const beforeUnload = (event: BeforeUnloadEvent) => {
      if (!unsaved()) return;
      event.preventDefault();
      event.returnValue = "";
    };
    const click = (event: MouseEvent) => {
      if (!unsaved() || event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (!(link instanceof HTMLAnchorElement) || link.target === "_blank") return;
      if (new URL(link.href).origin !== window.location.origin) return;
      if (!window.confirm("This story has unsaved changes. Leave without saving them?")) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", beforeUnload);
    document.addEventListener("click", click, true);
    return () => {
      window.removeEventListener("beforeunload", beforeUnload);
      document.removeEventListener("click", click, true);
    };
  }, []);

  function update(patch: Partial<ArticleFormValues>) {
    setValues((current) => ({ ...current, ...patch }));
    controllerRef.current?.changed();
  }

  async function openPreview() {
    // Opened now, while the click still counts as the user's: a window opened after the save
    // finished would be blocked as a pop-up.
    const preview = window.open("", "_blank");
    const outcome = await controllerRef.current?.flush();
    const currentId = latest.current.articleId;
    if (currentId === null || outcome === "stop" || outcome === "blocked" || outcome === "failed") {
      preview?.close();
      if (currentId === null) {
        setAutosaveNote("Not saved yet: give the story a title before previewing it.");
      }
      return;
    }
    const url = `/admin/preview/${currentId}`;
    if (preview) preview.location.href = url;
    else router.push(url);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const intent = (
      submitter instanceof HTMLButtonElement ? submitter.value : "save"
    ) as EditorIntent;
    const controller = controllerRef.current;
    // The second pass of a submission held back below: confirmed and waited for already.
    if (resubmitting.current) {
      resubmitting.current = false;
      controller?.pause();
      return;
    }
    if (CONFIRM[intent] && !window.confirm(CONFIRM[intent])) {
      event.preventDefault();
      return;
    }
    if (intent === "preview") {
      event.preventDefault();
      void openPreview();
      return;
    }
    if (!controller) return;
    const status = controller.status;
    // A workflow move saves nothing of the form: what was typed goes to the working copy first.
    const moves = intent === "unpublish" || intent === "trash";
    if (status.saving || (moves && status.unsaved)) {
      event.preventDefault();
      void (async () => {
        if (moves) await controller.flush();
        else await controller.settle();
        resubmitting.current = true;
        formRef.current?.requestSubmit(submitter instanceof HTMLElement ? submitter : null);
      })();
      return;
    }
    controller.pause();
  }

  const errors = state.fieldErrors ?? {};
  const shownSlug = slugAuto ? slugify(values.title) : values.slug;
  const bodyJson = useMemo(() => JSON.stringify(values.body), [values.body]);
  const names = props.options.tagNames;
  const published = props.status === "published";

  let autosaveText = "";
  if (conflict || autosave.stopped) autosaveText = "Autosave stopped.";
  else if (autosave.saving) autosaveText = "Saving…";
  else if (autosaveNote) autosaveText = autosaveNote;
  else if (autosave.unsaved) autosaveText = "Unsaved changes.";
  else if (savedAt) {
    autosaveText = `Autosaved at ${clock.format(savedAt)} EAT${published ? " (readers see it after Update)" : ""}.`;
  }

  return (
    <form
      ref={formRef}
      action={formAction}
      onSubmit={onSubmit}
      aria-label="Article"
      aria-busy={pending}
      className="min-w-0"
    >
      <input type="hidden" name="articleId" value={articleId ?? ""} />
      <input type="hidden" name="baseVersion" value={version ?? ""} />
      <input type="hidden" name="slugAuto" value={slugAuto ? "1" : ""} />
      <input type="hidden" name="body" value={bodyJson} />

      {conflict ? (
        <div role="alert" className="mb-4 rounded border-2 border-brand bg-paper px-4 py-3">
          <p className="font-bold text-brand">This story was changed by someone else.</p>
          <p className="mt-1 text-sm">
            {state.conflict && state.message
              ? state.message
              : "Someone else saved this story while you were editing it, so your changes were not saved over theirs. Nothing is lost: your version is kept as a revision."}
          </p>
          <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm font-semibold">
            {conflict.revisionId !== null && articleId !== null ? (
              <Link
                href={`/admin/articles/${articleId}/revisions#revision-${conflict.revisionId}`}
                target="_blank"
                className="text-brand underline"
              >
                See your kept version
              </Link>
            ) : null}
            {articleId !== null ? (
              <a href={`/admin/articles/${articleId}`} className="text-brand underline">
                Open the latest version
              </a>
            ) : null}
          </p>
        </div>
      ) : state.message ? (
        <p
          role="alert"
          className="mb-4 rounded border border-brand px-3 py-2 text-sm font-semibold text-brand"
        >
          {state.message}
        </p>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0">
          <EditorField id={`${id}-title`} label="Title" error={errors.title}>
            {(field) => (
              <input
                id={field.id}
                name="title"
                value={values.title}
                maxLength={LIMITS.title}
                aria-describedby={field.describedBy}
                aria-invalid={field.invalid || undefined}
                onChange={(event) => update({ title: event.target.value })}
                className={`${CONTROL} font-serif text-xl font-bold`}
              />
            )}
          </EditorField>

          <EditorField
            id={`${id}-slug`}
            label="Slug"
            error={errors.slug}
            hint={
              slugAuto
                ? "Made from the title until you change it."
                : published
                  ? "Changing it moves the story to a new address; the old one redirects there."
                  : "Lowercase letters, digits and hyphens."
            }
          >
            {(field) => (
              <div className="flex gap-2">
                <input
                  id={field.id}
                  name="slug"
                  value={shownSlug}
                  maxLength={120}
                  aria-describedby={field.describedBy}
                  aria-invalid={field.invalid || undefined}
                  onChange={(event) => {
                    setSlugAuto(false);
                    update({ slug: event.target.value });
                  }}
                  className={`${CONTROL} font-mono text-sm`}
                />
                {!slugAuto && !published ? (
                  <button
                    type="button"
                    onClick={() => {
                      setSlugAuto(true);
                      controllerRef.current?.changed();
                    }}
                    className="mt-1 min-h-11 shrink-0 rounded border border-rule px-3 text-sm font-semibold hover:bg-wash"
                  >
                    From title
                  </button>
                ) : null}
              </div>
            )}
          </EditorField>

          <EditorField
            id={`${id}-excerpt`}
            label="Excerpt"
            hint="One or two sentences under the headline, also used in listings."
            error={errors.standfirst}
          >
            {(field) => (
              <textarea
                id={field.id}
                name="standfirst"
                value={values.standfirst}
                maxLength={LIMITS.standfirst}
                rows={3}
                aria-describedby={field.describedBy}
                aria-invalid={field.invalid || undefined}
                onChange={(event) => update({ standfirst: event.target.value })}
                className={CONTROL}
              />
            )}
          </EditorField>

          <EditorField id={`${id}-body`} label="Body" error={errors.body} labelsControl={false}>
            {(field) => (
              <div className="mt-1">
                <BodyEditorClient
                  labelId={`${field.id}-label`}
                  describedBy={field.describedBy}
                  invalid={field.invalid}
                  initialBody={start.body}
                  onChange={(body) => update({ body })}
                />
              </div>
            )}
          </EditorField>
        </div>

        <div className="min-w-0">
          <fieldset className="mb-4 rounded border border-rule bg-paper p-3">
            <legend className="px-1 text-sm font-bold">Publishing</legend>
            <EditorField
              id={`${id}-publish-at`}
              label="Publish time (Nairobi, EAT)"
              hint="For Schedule: when the story goes live, in East Africa Time."
              error={errors.publishAt}
            >
              {(field) => (
                <input
                  id={field.id}
                  name="publishAt"
                  type="datetime-local"
                  step={1}
                  value={values.publishAt}
                  aria-describedby={field.describedBy}
                  aria-invalid={field.invalid || undefined}
                  onChange={(event) => update({ publishAt: event.target.value })}
                  className={CONTROL}
                />
              )}
            </EditorField>
            <label className="flex min-h-11 items-center gap-2 text-sm font-semibold">
              <input
                type="checkbox"
                name="featured"
                checked={values.featured}
                onChange={(event) => update({ featured: event.target.checked })}
                className="h-5 w-5"
              />
              Featured
            </label>
            <label className="flex min-h-11 items-center gap-2 text-sm font-semibold">
              <input
                type="checkbox"
                name="breaking"
                checked={values.breaking}
                aria-describedby={`${id}-breaking-hint`}
                onChange={(event) => update({ breaking: event.target.checked })}
                className="h-5 w-5"
              />
              Breaking
            </label>
            <p id={`${id}-breaking-hint`} className="text-sm text-muted">
              A banner across the site for six hours once the story is live.
            </p>
          </fieldset>

          <EditorField id={`${id}-category`} label="Category" error={errors.categoryId}>
            {(field) => (
              <select
                id={field.id}
                name="categoryId"
                value={values.categoryId ?? ""}
                aria-describedby={field.describedBy}
                aria-invalid={field.invalid || undefined}
                onChange={(event) =>
                  update({ categoryId: event.target.value ? Number(event.target.value) : null })
                }
                className={CONTROL}
              >
                <option value="">Choose a section…</option>
                {props.options.categories.map((category) => (
                  <option key={category.id} value={category.id}>
                    {category.name}
                  </option>
                ))}
              </select>
            )}
          </EditorField>

          <TagsFieldClient
            id={`${id}-tags`}
            tags={values.tags}
            names={names}
            suggestions={props.options.tagSuggestions}
            error={errors.tags}
            onChange={(tags) => update({ tags })}
          />

          <AuthorsFieldClient
            id={`${id}-authors`}
            authorIds={values.authorIds}
            staff={props.options.staff}
            error={errors.authorIds}
            onChange={(authorIds) => update({ authorIds })}
          />

          <HeroFieldClient
            id={`${id}-hero`}
            hero={hero}
            error={errors.heroMediaId}
            onChange={(item) => {
              setHero(item);
              update({ heroMediaId: item?.id ?? null });
            }}
          />
          <EditorField
            id={`${id}-hero-caption`}
            label="Hero caption"
            hint="Leave empty to use the image's own caption."
            error={errors.heroCaption}
          >
            {(field) => (
              <input
                id={field.id}
                name="heroCaption"
                value={values.heroCaption}
                maxLength={LIMITS.heroCaption}
                aria-describedby={field.describedBy}
                aria-invalid={field.invalid || undefined}
                onChange={(event) => update({ heroCaption: event.target.value })}
                className={CONTROL}
              />
            )}
          </EditorField>

          <EditorField
            id={`${id}-seo-title`}
            label="SEO title"
            hint="Optional: the headline for search results."
            error={errors.seoTitle}
          >
            {(field) => (
              <input
                id={field.id}
                name="seoTitle"
                value={values.seoTitle}
                maxLength={LIMITS.seoTitle}
                aria-describedby={field.describedBy}
                aria-invalid={field.invalid || undefined}
                onChange={(event) => update({ seoTitle: event.target.value })}
                className={CONTROL}
              />
            )}
          </EditorField>
          <EditorField
            id={`${id}-seo-description`}
            label="SEO description"
            hint="Optional: the summary for search results and shares."
            error={errors.seoDescription}
          >
            {(field) => (
              <textarea
                id={field.id}
                name="seoDescription"
                value={values.seoDescription}
                maxLength={LIMITS.seoDescription}
                rows={3}
                aria-describedby={field.describedBy}
                aria-invalid={field.invalid || undefined}
                onChange={(event) => update({ seoDescription: event.target.value })}
                className={CONTROL}
              />
            )}
          </EditorField>
        </div>
      </div>

      <div className="sticky bottom-0 z-20 -mx-4 mt-4 border-t border-rule bg-paper px-4 py-3 shadow-[0_-2px_6px_rgba(0,0,0,0.08)]">
        <p aria-live="polite" className="mb-2 min-h-5 text-sm text-muted">
          {autosaveText}
        </p>
        <div className="flex flex-wrap gap-2">
          {props.intents.map((intent) => (
            <button
              key={intent}
              type="submit"
              name="intent"
              value={intent}
              disabled={pending}
              className={`min-h-11 rounded px-4 py-2 font-semibold disabled:opacity-60 ${BUTTON_STYLES[intent]}`}
            >
              {INTENT_LABELS[intent]}
            </button>
          ))}
        </div>
      </div>
    </form>
  );
}
