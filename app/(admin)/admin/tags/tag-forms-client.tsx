"use client";

import { ActionFormClient } from "@/components/admin/action-form-client";
import { FieldClient } from "@/components/admin/field-client";
import { SubmitButtonClient } from "@/components/admin/submit-button-client";
import { mergeTagAction, renameTagAction } from "./actions";

export function RenameTagFormClient({ tag }: { tag: { id: number; name: string; slug: string } }) {
  return (
    <ActionFormClient action={renameTagAction} label="Rename tag">
      <input type="hidden" name="id" value={tag.id} />
      <FieldClient name="name" label="Name" defaultValue={tag.name} required maxLength={80} />
      <FieldClient
        name="slug"
        label="Slug"
        hint="The tag page's address. The old address keeps working as a redirect."
        defaultValue={tag.slug}
        required
      />
      <SubmitButtonClient>Save tag</SubmitButtonClient>
    </ActionFormClient>
  );
}

export function MergeTagFormClient({ tag }: { tag: { id: number; name: string } }) {
  return (
    <ActionFormClient action={mergeTagAction} label="Merge tag">
      <input type="hidden" name="id" value={tag.id} />
      <FieldClient
        name="target"
        label="Merge into (slug of the tag to keep)"
        hint={`Every article tagged “${tag.name}” gets the other tag instead; this tag is deleted and its page redirects.`}
        required
      />
      <SubmitButtonClient variant="danger">Merge tags</SubmitButtonClient>
    </ActionFormClient>
  );
}
