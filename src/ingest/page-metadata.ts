import { normaliseDate } from "./dates.js";
import type { IngestedArticle } from "./ingested-article.js";

/** The part of a DOM document metadata is read from (linkedom's and the browser's documents both have it). */
interface MetaDocument {
  querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null; textContent: string | null }>;
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
}

/** Where each fact may be written, most specific first: scholarly tags, Open Graph, Dublin Core, plain meta. */
const META: Record<"title" | "author" | "publisher" | "date" | "url", string[]> = {
  title: ["citation_title", "og:title", "dc.title", "twitter:title"],
  author: ["citation_author", "author", "article:author", "dc.creator", "parsely-author", "sailthru.author"],
  publisher: ["citation_publisher", "citation_journal_title", "og:site_name", "dc.publisher", "application-name"],
  date: ["citation_publication_date", "citation_date", "article:published_time", "dc.date", "date", "parsely-pub-date"],
  url: ["citation_public_url", "citation_abstract_html_url", "og:url"],
};

type Field = keyof typeof META;

function metaContent(document: MetaDocument, name: string): string | null {
  for (const element of Array.from(document.querySelectorAll("meta"))) {
    const key = (element.getAttribute("name") ?? element.getAttribute("property") ?? "").toLowerCase();
    const content = element.getAttribute("content")?.trim();
    if (key === name && content) return content;
  }
  return null;
}

/** schema.org objects of the page's JSON-LD (an Article, a NewsArticle…), flattened from graphs and lists. */
function jsonLdObjects(document: MetaDocument): Record<string, unknown>[] {
  const objects: Record<string, unknown>[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === "object") {
      objects.push(value as Record<string, unknown>);
      visit((value as Record<string, unknown>)["@graph"]);
    }
  };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ""));
    } catch {
      // A page's broken JSON-LD is no reason to stop: the other sources of metadata remain.
    }
  }
  return objects.filter((o) => /Article|Posting|Report|BlogPosting|WebPage/.test(String(o["@type"] ?? "")));
}

const nameOf = (value: unknown): string | null => {
  if (typeof value === "string") return value.trim() || null;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => n !== null);
    return names.length > 0 ? names.join(" and ") : null;
  }
  if (value && typeof value === "object") return nameOf((value as { name?: unknown }).name);
  return null;
};

const JSON_LD: Record<Field, (o: Record<string, unknown>) => string | null> = {
  title: (o) => nameOf(o.headline) ?? nameOf(o.name),
  author: (o) => nameOf(o.author),
  publisher: (o) => nameOf(o.publisher),
  date: (o) => nameOf(o.datePublished),
  url: (o) => nameOf(o.url) ?? nameOf(o.mainEntityOfPage && (o.mainEntityOfPage as { "@id"?: unknown })["@id"]),
};

/** Whether a value can stand as the field (an author page URL is not an author's name; a date must read as one). */
function usable(field: Field, value: string): string | null {
  if (field === "date") return normaliseDate(value);
  if (field === "url") return /^https?:\/\//.test(value) ? value : null;
  if (field === "author" && /^https?:\/\//.test(value)) return null;
  return value.replace(/\s+/g, " ");
}

/**
 * Reads the page's own metadata into the article: meta tags, then JSON-LD, then (for the URL) the canonical link
 * and (for the title) the page's <title>. Each fact found says where it came from; what no source gives stays
 * null, for the user to fill in.
 */
export function readPageMetadata(document: MetaDocument, article: IngestedArticle): void {
  const ld = jsonLdObjects(document);
  for (const field of Object.keys(META) as Field[]) {
    const candidates: [string, string | null][] = [
      ...META[field].map((name): [string, string | null] => [`meta ${name}`, metaContent(document, name)]),
      ...ld.map((o): [string, string | null] => ["JSON-LD", JSON_LD[field](o)]),
    ];
    if (field === "url")
      candidates.push(["canonical link", document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? null]);
    if (field === "title") candidates.push(["<title>", document.querySelector("title")?.textContent?.trim() || null]);
    for (const [where, raw] of candidates) {
      const value = raw === null ? null : usable(field, raw);
      if (value === null) continue;
      article[field] = value;
      article.found.push(`${field}: ${where}`);
      break;
    }
  }
}
