package dev.newswatch.analysis.tagging;

import dev.newswatch.analysis.text.TextNormalizer;
import dev.newswatch.model.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One {@link TagRule} ready to match folded text: negatives pre-folded for masking. */
final class CompiledRule {

  /** Most evidence phrases kept per tag; enough to explain a tag, small enough for every record. */
  static final int MAX_EVIDENCE = 5;

  private final TagRule rule;
  private final List<String> foldedNegatives;

  CompiledRule(TagRule rule) {
    this.rule = rule;
    this.foldedNegatives = rule.negative().stream().map(TextNormalizer::fold).toList();
  }

  String tagName() {
    return rule.tag();
  }

  /**
   * The tag when the rule matches.
   *
   * @param foldedText text already passed through {@link TextNormalizer#fold(String)}
   * @return the tag with the matched rule phrases as evidence, or empty
   */
  Optional<Tag> match(String foldedText) {
    String text = withoutNegatives(foldedText);
    List<String> evidence = new ArrayList<>(matches(rule.strong(), text));
    Optional<String> context = rule.context().stream().filter(c -> TextNormalizer.containsPhrase(text, c)).findFirst();
    if (context.isPresent()) {
      List<String> weak = matches(rule.weak(), text);
      if (!weak.isEmpty()) {
        // The context phrase goes right after the first weak one so the cap cannot cut what made it count.
        evidence.add(weak.getFirst());
        evidence.add(context.get());
        evidence.addAll(weak.subList(1, weak.size()));
      }
    }
    if (evidence.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Tag(rule.tag(), evidence.stream().distinct().limit(MAX_EVIDENCE).toList()));
  }

  private static List<String> matches(List<String> phrases, String text) {
    return phrases.stream().filter(p -> TextNormalizer.containsPhrase(text, p)).toList();
  }

  // Folded text is " w1 w2 ... "; replacing " neg " by " " keeps every other word whole. Loop because
  // String.replace skips an occurrence that shares its leading space with the previous one.
  private String withoutNegatives(String foldedText) {
    String text = foldedText;
    for (String negative : foldedNegatives) {
      while (text.contains(negative)) {
        text = text.replace(negative, " ");
      }
    }
    return text;
  }
}
