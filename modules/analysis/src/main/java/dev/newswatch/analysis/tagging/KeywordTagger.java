package dev.newswatch.analysis.tagging;

import dev.newswatch.analysis.text.TextNormalizer;
import dev.newswatch.model.Tag;
import dev.newswatch.model.Tags;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Tags text with the {@link Tags} whose keyword rules it matches. Immutable and thread-safe; build one
 * and share it.
 *
 * <pre>{@code
 * List<Tag> tags = KeywordTagger.defaults().tag(article.text());
 * }</pre>
 *
 * @see TagRule for how strong, weak, context and negative phrases combine
 */
public final class KeywordTagger {

  private final RuleSet rules;
  private final List<CompiledRule> compiled;

  /**
   * A tagger for the given rules.
   *
   * @param rules validated rules, e.g. from {@link RuleSet#read}
   */
  public KeywordTagger(RuleSet rules) {
    this.rules = Objects.requireNonNull(rules, "rules");
    // Rules are applied in Tags.ALL order so that the tag list of an article is stable.
    this.compiled = rules.rules().stream()
        .map(CompiledRule::new)
        .sorted(Comparator.comparingInt(r -> Tags.ALL.indexOf(r.tagName())))
        .toList();
  }

  /** A tagger for the rules bundled with newswatch ({@value RuleSet#BUNDLED}). */
  public static KeywordTagger defaults() {
    return new KeywordTagger(RuleSet.bundled());
  }

  /** The rules this tagger applies. */
  public RuleSet rules() {
    return rules;
  }

  /**
   * Tags a text.
   *
   * @param text plain text in any case and accenting, typically title and summary; null is no text
   * @return the matching tags in {@link Tags#ALL} order, each with up to five
   *     matched rule phrases as evidence; empty when nothing matched
   */
  public List<Tag> tag(String text) {
    String folded = TextNormalizer.fold(text);
    return compiled.stream().map(rule -> rule.match(folded)).flatMap(Optional::stream).toList();
  }
}
