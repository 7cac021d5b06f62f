package dev.newswatch.analysis.tags;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.newswatch.analysis.lang.TextFields;
import java.util.Objects;

/**
 * One rule: a Lucene query whose hits are evidence for a tag, or, for a veto rule, remove that tag's
 * evidence from the sentences they fall in ("prisoners of war", "release date").
 *
 * @param id     unique rule id, reported in evidence
 * @param tag    the tag (or subtag, e.g. {@code pardon.political}) this rule is evidence for
 * @param lang   default field of the query, a language of the rule file ({@code en}, {@code pl}...; in a
 *               language's own file, that language); other fields can be named in the query ({@code ru:санкции})
 * @param query  Lucene classic query syntax; words are stemmed by the field's analyzer, so "помиловал"
 *               also matches "помилованы"; use phrase slop ({@code "released prisoners"~3}) for words
 *               that must be near each other
 * @param weight how sure one hit makes the tag, in (0, 1]; several rules combine as independent evidence
 * @param veto   true for a rule that suppresses the tag in the sentences it hits
 * @param scope  for a veto: {@code sentence} (the default) or {@code article}, for phrases that say what
 *               the whole article is about ("prisoners of war": every release in it is of soldiers)
 */
public record TagRule(
    @JsonProperty("id") String id,
    @JsonProperty("tag") String tag,
    @JsonProperty("lang") String lang,
    @JsonProperty("query") String query,
    @JsonProperty("weight") double weight,
    @JsonProperty("veto") boolean veto,
    @JsonProperty("scope") String scope) {

  public TagRule {
    Objects.requireNonNull(id, "rule id");
    Objects.requireNonNull(tag, "tag of rule " + id);
    Objects.requireNonNull(query, "query of rule " + id);
    lang = lang == null ? TextFields.EN : lang;
    scope = scope == null ? "sentence" : scope;
    if (!scope.equals("sentence") && !scope.equals("article")) {
      throw new IllegalArgumentException("rule " + id + ": scope must be sentence or article, got " + scope);
    }
    if (!veto && (weight <= 0 || weight > 1)) {
      throw new IllegalArgumentException("rule " + id + ": weight must be in (0, 1], got " + weight);
    }
  }

  /** This rule with {@code lang} as its field. */
  TagRule inLanguage(String code) {
    return new TagRule(id, tag, code, query, weight, veto, scope);
  }

  /** True for a veto that removes its tag from the whole article. */
  boolean articleScope() {
    return veto && scope.equals("article");
  }
}
