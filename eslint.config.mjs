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

// Names Next uses internally (headers, tag prefixes, environment variables, cache folders): each
// is spelled once, in server/next-internals/, where a canary test checks it against Next.
const NEXT_PRIVATE_NAMES =
  "^(x-next-cache-tags|x-nextjs-cache|_N_T_|__NEXT_PRIVATE_STANDALONE_CONFIG|next-router-state-tree|next-router-prefetch|next-router-segment-prefetch|_rsc|route-cache)$|route-cache";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  ...LAYERS.map(({ name, files, ignores, patterns }) => ({
    name: `gazeti/layers: ${name}`,
    files,
    ...(ignores ? { ignores } : {}),
    rules: { "@typescript-eslint/no-restricted-imports": ["error", { patterns }] },
  })),
  {
    name: "gazeti/next-private-names",
    files: ["**/*.{ts,tsx,mjs,js}"],
    ignores: ["server/next-internals/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: `Literal[value=/${NEXT_PRIVATE_NAMES}/]`,
          message:
            "A name private to Next: import it from server/next-internals/ (docs/decisions/0011-next-internals.md).",
        },
        {
          selector: "MemberExpression[property.name=/^__NEXT_PRIVATE/]",
          message:
            "A name private to Next: import it from server/next-internals/ (docs/decisions/0011-next-internals.md).",
        },
      ],
    },
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
