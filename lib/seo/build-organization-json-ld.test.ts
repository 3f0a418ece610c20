import { describe, expect, it } from "vitest";
import { buildCollectionPageJsonLd, buildProfilePageJsonLd } from "./build-listing-json-ld";
import {
  buildOrganizationJsonLd,
  buildWebSiteJsonLd,
  policyPagesFrom,
} from "./build-organization-json-ld";
import { TEST_SITE } from "./test-site";

describe("home page structured data", () => {
  it("describes the website without a search box", () => {
    expect(buildWebSiteJsonLd(TEST_SITE)).toEqual({
      "@context": "https://schema.org",
      "@type": "WebSite",
      "@id": "https://gazeti.example/#website",
      name: "Gazeti",
      url: "https://gazeti.example/",
      description: "Independent news from Kenya and East Africa.",
      inLanguage: "en-KE",
      publisher: { "@id": "https://gazeti.example/#organization" },
    });
  });

  it("links the newsroom's editorial pages where they exist", () => {
    const organization = buildOrganizationJsonLd(
      TEST_SITE,
      policyPagesFrom(["about", "contact", "corrections", "jobs"]),
    );
    expect(organization).toMatchObject({
      "@type": "NewsMediaOrganization",
      publishingPrinciples: "https://gazeti.example/about",
      correctionsPolicy: "https://gazeti.example/corrections",
      actionableFeedbackPolicy: "https://gazeti.example/contact",
      contactPoint: { "@type": "ContactPoint", url: "https://gazeti.example/contact" },
      logo: { "@type": "ImageObject", url: "https://gazeti.example/publisher-logo.png" },
    });
    const bare = buildOrganizationJsonLd(TEST_SITE, policyPagesFrom([]));
    expect(bare.publishingPrinciples).toBeUndefined();
    expect(bare.correctionsPolicy).toBeUndefined();
  });
});

describe("listing structured data", () => {
  it("lists a collection's stories in order, with absolute URLs", () => {
    const page = buildCollectionPageJsonLd(TEST_SITE, {
      path: "/news/page/2",
      name: "News",
      description: "News from Kenya",
      itemPaths: ["/news/a", "/news/b"],
    });
    expect(page).toMatchObject({
      "@type": "CollectionPage",
      url: "https://gazeti.example/news/page/2",
      mainEntity: {
        "@type": "ItemList",
        itemListElement: [
          { "@type": "ListItem", position: 1, url: "https://gazeti.example/news/a" },
          { "@type": "ListItem", position: 2, url: "https://gazeti.example/news/b" },
        ],
      },
    });
  });

  it("makes an author page a ProfilePage about a Person who works for the newsroom", () => {
    const page = buildProfilePageJsonLd(TEST_SITE, {
      path: "/author/amina/page/2",
      authorPath: "/author/amina",
      name: "Amina",
      jobTitle: "Reporter",
      description: "Covers floods",
    });
    expect(page.mainEntity).toEqual({
      "@type": "Person",
      "@id": "https://gazeti.example/author/amina#person",
      name: "Amina",
      url: "https://gazeti.example/author/amina",
      description: "Covers floods",
      jobTitle: "Reporter",
      worksFor: { "@id": "https://gazeti.example/#organization" },
    });
  });
});
