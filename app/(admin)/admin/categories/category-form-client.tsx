"use client";

import { ActionFormClient } from "@/components/admin/action-form-client";
import { FieldClient } from "@/components/admin/field-client";
import { SubmitButtonClient } from "@/components/admin/submit-button-client";
import { createCategoryAction, updateCategoryAction } from "./actions";

type Category = { id: number; name: string; slug: string; description: string; navOrder: number };

export function CategoryFormClient({
  category,
  nextOrder,
}: {
  category?: Category;
  nextOrder?: number;
}) {
  return (
    <ActionFormClient
      action={category ? updateCategoryAction : createCategoryAction}
      label={category ? "Edit category" : "Add a category"}
    >
      {category ? <input type="hidden" name="id" value={category.id} /> : null}
      <FieldClient name="name" label="Name" defaultValue={category?.name} required maxLength={60} />
      <FieldClient
        name="slug"
        label="Slug"
        hint={
          category
            ? "The section's address. Changing it keeps the old addresses working as redirects."
            : "The section's address, e.g. health for /health."
        }
        defaultValue={category?.slug}
        required
      />
      <FieldClient
        name="description"
        label="Description"
        type="textarea"
        defaultValue={category?.description}
        maxLength={300}
      />
      <FieldClient
        name="navOrder"
        label="Navigation order"
        type="number"
        inputMode="numeric"
        hint="Smaller numbers come first in the site's section navigation."
        defaultValue={category?.navOrder ?? nextOrder ?? 0}
        required
      />
      <SubmitButtonClient>{category ? "Save category" : "Add category"}</SubmitButtonClient>
    </ActionFormClient>
  );
}
