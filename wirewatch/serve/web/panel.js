// The event panel: one merged event, every field with the words it comes from, highlighted in
// each source article's text (one colour per field, the event's sentence in view), the list of
// sources and the fields on which they disagree; then the review loop (review.js): the event's
// corrections, a form to correct a field and a button to reject the event.

import { fetchArticle, fetchEvent } from "./api.js";
import { evidenceSpans, mismatches, segments } from "./highlight.js";
import { fieldRows, typeLine, when } from "./describe.js";
import { h } from "./html.js";
import { correctedRows, isRejected, latestCorrections, reviewSection } from "./review.js";
import { FIELDS, fieldColor, fieldLabel, typeColor, typeKey } from "./taxonomy.js";

/** The article text with every evidence span of `member` highlighted. */
export function articleView(article, member) {
  const spans = evidenceSpans(member);
  const { segments: parts } = segments(
    article.text,
    spans,
    member.sentence,
    FIELDS.map((f) => f.field),
  );
  const bad = mismatches(article.text, spans);
  const body = h("div", {
    class: "article-text",
    "data-testid": "article-text",
    "data-article-id": article.id,
  });
  let sentence = null;
  for (const part of parts) {
    const words = article.text.slice(part.start, part.end);
    let node;
    if (part.fields.length) {
      const names = part.fields.map(fieldLabel).join(", ");
      node = h(
        "mark",
        {
          class: "evidence",
          "data-testid": "evidence",
          "data-field": part.fields[0],
          "data-fields": part.fields.join(" "),
          "data-start": part.start,
          "data-end": part.end,
          title: names,
          style: `--f:${fieldColor(part.fields[0])}`,
        },
        words,
      );
    } else {
      node = document.createTextNode(words);
    }
    if (part.inSentence) {
      if (!sentence) {
        sentence = h("span", { class: "sentence", "data-testid": "sentence" });
        body.append(sentence);
      }
      sentence.append(node);
    } else {
      sentence = null;
      body.append(node);
    }
  }
  const warning = bad.length
    ? h("p", { class: "warning" }, `${bad.length} evidence span(s) do not match this text.`)
    : null;
  return { body, warning };
}

/** What to call a source: its title, else the file or address it came from. */
function sourceName(source) {
  if (source.title) return source.title;
  const origin = source.origin ?? "";
  return (/^[a-z]+:\/\//i.test(origin) ? origin : origin.split(/[\\/]/).pop()) || source.id;
}

function sourcesList(sources, members, showArticle) {
  const memberArticles = new Set(members.map((m) => m.article_id));
  return h(
    "ol",
    { class: "sources", id: "event-sources", "data-testid": "event-sources" },
    sources.map((s) =>
      h(
        "li",
        { class: "source", "data-testid": "source", "data-article-id": s.id },
        h(
          "button",
          {
            type: "button",
            class: "link",
            disabled: !memberArticles.has(s.id),
            onclick: () => showArticle(s.id),
          },
          sourceName(s),
        ),
        h(
          "div",
          { class: "source-meta" },
          [s.source, s.published].filter(Boolean).join(" · "),
          s.url && /^https?:\/\//.test(s.url)
            ? h("a", { href: s.url, target: "_blank", rel: "noopener noreferrer" }, " open ↗")
            : null,
        ),
      ),
    ),
  );
}

function disagreementsTable(disagreements, titles) {
  if (!disagreements?.length) return null;
  return h(
    "section",
    { class: "disagreements", id: "event-disagreements", "data-testid": "event-disagreements" },
    h("h3", {}, "The sources disagree"),
    h(
      "table",
      {},
      h(
        "tbody",
        {},
        disagreements.flatMap((d) =>
          d.values.map(([articleId, value], i) =>
            h(
              "tr",
              { "data-field": d.field },
              i === 0 ? h("th", { rowspan: d.values.length }, fieldLabel(d.field)) : null,
              h("td", {}, titles.get(articleId) ?? articleId),
              h("td", { class: "num" }, value),
            ),
          ),
        ),
      ),
    ),
  );
}

/**
 * The panel in `element`. open(id) loads and shows an event; close() empties it. `onClose` is
 * called when the user closes it, `onChange(id)` when an analyst corrected or rejected it.
 */
export function createPanel(element, { onClose, onChange = () => {} }) {
  const placeholder = element.innerHTML;
  let controller = null;
  let shownArticles = new Map();

  function close() {
    controller?.abort();
    element.innerHTML = placeholder;
    element.classList.remove("open");
    delete element.dataset.eventId;
  }

  async function open(id) {
    controller?.abort();
    controller = new AbortController();
    const { signal } = controller;
    element.classList.add("open", "loading");
    element.dataset.eventId = id;
    try {
      const detail = await fetchEvent(id, signal);
      const articleIds = [...new Set(detail.members.map((m) => m.article_id))];
      const articles = new Map(
        await Promise.all(articleIds.map(async (a) => [a, await fetchArticle(a, signal)])),
      );
      if (signal.aborted) return;
      shownArticles = articles;
      render(detail, articles);
    } catch (error) {
      if (error.name === "AbortError") return;
      element.replaceChildren(
        h("p", { class: "error" }, `This event could not be loaded: ${error.message}`),
      );
    } finally {
      if (!signal.aborted) element.classList.remove("loading");
    }
  }

  function render(detail, articles) {
    const event = detail.event.event;
    const corrected = correctedRows(detail.event);
    const latest = latestCorrections(detail.event);
    const rejected = isRejected(detail.event);
    element.classList.toggle("rejected", rejected);
    const titles = new Map(detail.sources.map((s) => [s.id, sourceName(s)]));
    const evidenceByField = new Map((event.evidence ?? []).map((e) => [e.field, e.spans]));
    // The merged record's own article first, then the others.
    const members = [...detail.members].sort(
      (a, b) => (b.article_id === event.article_id) - (a.article_id === event.article_id),
    );
    const viewer = h("div", {
      class: "article-view",
      id: "article-view",
      "data-testid": "article-view",
    });
    const tabs = h("div", { class: "tabs", role: "tablist" });

    function showMember(member) {
      const article = articles.get(member.article_id);
      tabs
        .querySelectorAll("button")
        .forEach((b) => b.setAttribute("aria-selected", b.dataset.memberId === member.id));
      const { body, warning } = articleView(article, member);
      const meta = h(
        "div",
        { class: "article-meta" },
        h("strong", {}, article.title || titles.get(article.id) || article.id),
        " ",
        [article.source, article.published].filter(Boolean).join(" · "),
      );
      viewer.replaceChildren(...[meta, warning, body].filter(Boolean));
      viewer.dataset.articleId = article.id;
      const first = body.querySelector(".sentence") ?? body.querySelector(".evidence");
      if (first) body.scrollTop = Math.max(0, first.offsetTop - body.clientHeight / 3);
    }

    function showArticle(articleId) {
      const member = members.find((m) => m.article_id === articleId);
      if (member) showMember(member);
    }

    for (const member of members) {
      tabs.append(
        h(
          "button",
          {
            type: "button",
            role: "tab",
            "data-member-id": member.id,
            "data-article-id": member.article_id,
            onclick: () => showMember(member),
          },
          titles.get(member.article_id) ?? member.article_id,
        ),
      );
    }

    function flash(field) {
      const marks = viewer.querySelectorAll(`.evidence[data-fields~="${field}"]`);
      marks.forEach((m) => m.classList.remove("flash"));
      void viewer.offsetWidth; // restart the animation
      marks.forEach((m) => m.classList.add("flash"));
      const body = viewer.querySelector(".article-text");
      if (marks[0] && body)
        body.scrollTop = Math.max(0, marks[0].offsetTop - body.clientHeight / 3);
    }

    // The values as extracted: the representative member's (corrections anchor to it).
    const representative = members.find(
      (m) =>
        m.article_id === event.article_id &&
        m.trigger?.start === event.trigger?.start &&
        m.trigger?.end === event.trigger?.end,
    );
    const extracted = new Map(
      representative ? fieldRows(representative).map(([field, , value]) => [field, value]) : [],
    );

    const rows = fieldRows(event).map(([field, label, value, extra]) => {
      const quotes = (evidenceByField.get(field) ?? []).map((s) => s.text);
      const fixes = corrected.get(field);
      const before = fixes ? extracted.get(field) : null;
      const who = fixes
        ?.map((f) => `${f.replaceAll("_", " ")} corrected by ${latest.get(f).author}`)
        .join("; ");
      return h(
        "tr",
        {
          class: fixes ? "field corrected" : "field",
          "data-field": field,
          "data-testid": `field-${field}`,
          "data-corrected": fixes ? fixes.join(" ") : null,
          onclick: () => flash(field),
        },
        h("th", {}, h("i", { class: "swatch", style: `background:${fieldColor(field)}` }), label),
        h(
          "td",
          {},
          h(
            "div",
            { class: "value" },
            value ?? "—",
            extra ? h("span", { class: "extra" }, ` · ${extra}`) : null,
            fixes ? h("span", { class: "badge corrected", title: who }, "corrected") : null,
          ),
          before && before !== value
            ? h(
                "div",
                {
                  class: "extracted",
                  title: "As extracted from the article the corrections are anchored to",
                },
                `extracted from ${titles.get(event.article_id) ?? event.article_id}: `,
                h("del", {}, before),
              )
            : null,
          quotes.length
            ? h(
                "div",
                { class: "quotes" },
                [...new Set(quotes)].map((q) => h("q", {}, q)),
              )
            : null,
        ),
      );
    });

    const key = typeKey(event);
    const legend = h(
      "div",
      { class: "field-legend" },
      FIELDS.filter((f) =>
        members.some((m) => (m.evidence ?? []).some((e) => e.field === f.field)),
      ).map((f) =>
        h(
          "span",
          {
            class: "field-key",
            "data-field": f.field,
            style: `--f:${f.color}`,
            onclick: () => flash(f.field),
          },
          f.label,
        ),
      ),
    );

    const parts = [
      h(
        "header",
        { class: "panel-head" },
        h(
          "button",
          {
            type: "button",
            class: "close",
            id: "event-close",
            "data-testid": "event-close",
            "aria-label": "Close",
            onclick: () => {
              close();
              onClose();
            },
          },
          "×",
        ),
        h(
          "div",
          { class: "panel-type" },
          h("i", { class: "dot", style: `background:${typeColor(key)}` }),
          typeLine(event),
        ),
        h(
          "div",
          { class: "panel-sub" },
          h("span", { class: `badge status-${event.status}` }, event.status),
          rejected ? " " : null,
          rejected
            ? h("span", { class: "badge rejected", id: "event-rejected" }, "rejected")
            : null,
          ` ${when(event)} · ${event.place?.name ?? "place unknown"}`,
        ),
      ),
      h(
        "table",
        { class: "fields", id: "event-fields", "data-testid": "event-fields" },
        h("tbody", {}, rows),
      ),
      disagreementsTable(detail.event.disagreements, titles),
      h(
        "section",
        { class: "evidence-box" },
        h("h3", {}, "Evidence in the text"),
        tabs,
        legend,
        viewer,
      ),
      h(
        "section",
        {},
        h("h3", {}, `Sources (${detail.sources.length})`),
        sourcesList(detail.sources, members, showArticle),
      ),
      reviewSection(detail, {
        onCorrected: (answer) => {
          render(answer, shownArticles);
          onChange(event.id);
        },
      }),
    ];
    element.replaceChildren(...parts.filter(Boolean));
    if (members.length) showMember(members[0]);
  }

  return { open, close };
}
