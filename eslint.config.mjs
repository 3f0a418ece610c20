import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// Which folder may import which (docs/where-code-lives.md). A wrong-way import fails `npm run
// lint`. Each file matches exactly one of these blocks, because a later block setting the same
// rule replaces an earlier one rather than adding to it.
// An import of one of `folders`, by alias (@/db/…) or by a path that climbs out (../../db/…).
function folderPattern(folders, message, options = {}) {
  return {
    regex: `^(@/|(\\.\\./)+)(${folders.join("|")})(/|$)`,
    message,
    ...options,
  };
}

const NEXT_PRIVATE = {
  regex: "^next/dist/",
  message:
    "Next's private modules are used only in server/next-internals/ (docs/decisions/0011-next-internals.md).",
};

const LAYERS = [
  {
    name: "lib: pure helpers",
    files: ["lib/**"],
    patterns: [
      folderPattern(
        ["db"],
        "lib/ is pure: it may name the database's types (import type) but never run its code. Move the code to server/ or db/.",
        { allowTypeImports: true },
      ),
      folderPattern(
        ["server", "app", "components"],
        "lib/ is pure: it imports only lib/ and packages.",
      ),
      {
        regex: "^next($|/)",
        message:
          "lib/ is pure: Next's types only (import type); code that needs Next lives in server/.",
        allowTypeImports: true,
      },
      {
        regex: "^(drizzle-orm|better-sqlite3)($|/)",
        message: "lib/ is pure: the database is db/'s business.",
        allowTypeImports: true,
      },
    ],
  },
  {
    name: "db: schema, queries and mutations",
    files: ["db/**"],
    patterns: [
      folderPattern(
        ["server", "app", "components"],
        "db/ sits below server/, app/ and components/: it imports only db/, lib/ and packages.",
      ),
      {
        regex: "^next($|/)",
        message: "db/ does not use Next: cache refreshes and requests belong to server/ and app/.",
      },
    ],
  },
  {
    name: "server: code that uses the database and Next",
    files: ["server/**"],
    ignores: ["server/next-internals/**"],
    patterns: [
      folderPattern(["app", "components"], "server/ imports only server/, db/, lib/ and packages."),
      NEXT_PRIVATE,
    ],
  },
  {
    name: "server/next-internals: the one place for Next's private APIs",
    files: ["server/next-internals/**"],
    patterns: [
      folderPattern(["app", "components"], "server/ imports only server/, db/, lib/ and packages."),
    ],
  },
  {
    name: "components: the UI",
    files: ["components/**"],
    patterns: [
      folderPattern(
        ["app"],
        "Components import nothing from app/: a server action reaches a component as a prop.",
      ),
      {
        regex: "^(@/|(\\.\\./)+)db/(client|open-database|mutations/)",
        message:
          "Components read through db/queries and change data only through server actions (props).",
      },
      NEXT_PRIVATE,
    ],
  },
  {
    name: "everything else",
    files: ["**/*.{ts,tsx,mjs,js}"],
    ignores: ["lib/**", "db/**", "server/**", "components/**"],
    patterns: [NEXT_PRIVATE],
  },
];

// Names Next uses internally (headers, a query parameter, a tag prefix, an environment variable,
// build files and folders): each is spelled once, in server/next-internals/, where a canary test
// checks it against Next. Found anywhere in a string or a template, so that a path, a header list
// or a tag list holding one is caught too; `_rsc` only as a whole name or query parameter. The
// pattern is an esquery regular expression, which cannot contain a slash (hence `text.x-component`).
const NEXT_PRIVATE_NAMES = [
  "x-next-cache-tags",
  "x-nextjs-cache",
  "_N_T_",
  "__NEXT_PRIVATE_",
  "next-action",
  "next-router-",
  "text.x-component",
  "required-server-files",
  "route-cache",
  "(^|[?&])_rsc(=|$)",
].join("|");
const NEXT_PRIVATE_NAME_MESSAGE =
  "A name private to Next: import it from server/next-internals/ (docs/decisions/0011-next-internals.md).";
const NEXT_PRIVATE_NAME_RULES = [
  // Module paths are exempt: importing server/next-internals/route-cache-dir is the point.
  {
    selector: `:not(ImportDeclaration, ImportExpression, ExportNamedDeclaration, ExportAllDeclaration) > Literal[value=/${NEXT_PRIVATE_NAMES}/]`,
    message: NEXT_PRIVATE_NAME_MESSAGE,
  },
  {
    selector: `TemplateElement[value.raw=/${NEXT_PRIVATE_NAMES}/]`,
    message: NEXT_PRIVATE_NAME_MESSAGE,
  },
  {
    selector: "MemberExpression[property.name=/^__NEXT_PRIVATE/]",
    message: NEXT_PRIVATE_NAME_MESSAGE,
  },
];

// State shared between Next's separately bundled proxy, route modules, instrumentation and the
// server goes through one helper, so that every such global is named and listed.
const PROCESS_GLOBAL_RULES = [
  {
    selector: "TSAsExpression > Identifier.expression[name='globalThis']",
    message:
      "State shared across Next's bundles goes through processGlobal (lib/process-global.ts, docs/decisions/0011-next-internals.md).",
  },
];
const PROCESS_GLOBAL_HELPER = "lib/process-global.ts";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  ...LAYERS.map(({ name, files, ignores, patterns }) => ({
    name: `gazeti/layers: ${name}`,
    files,
    ...(ignores ? { ignores } : {}),
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns }] },
  })),
  // This file names the private names in order to forbid them.
  {
    name: "gazeti/next-private-names and process globals",
    files: ["**/*.{ts,tsx,mjs,js}"],
    ignores: ["server/next-internals/**", PROCESS_GLOBAL_HELPER, "eslint.config.mjs"],
    rules: {
      "no-restricted-syntax": ["error", ...NEXT_PRIVATE_NAME_RULES, ...PROCESS_GLOBAL_RULES],
    },
  },
  {
    name: "gazeti/process globals in server/next-internals",
    files: ["server/next-internals/**"],
    rules: { "no-restricted-syntax": ["error", ...PROCESS_GLOBAL_RULES] },
  },
  {
    name: "gazeti/next-private-names in the process-global helper",
    files: [PROCESS_GLOBAL_HELPER],
    rules: { "no-restricted-syntax": ["error", ...NEXT_PRIVATE_NAME_RULES] },
  },
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      ".next-*/**",
      "data/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
];

export default config;
