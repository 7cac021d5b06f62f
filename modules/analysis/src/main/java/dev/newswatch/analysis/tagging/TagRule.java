package dev.newswatch.analysis.tagging;

import dev.newswatch.analysis.text.TextNormalizer;
import dev.newswatch.model.Tags;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The keyword rule for one tag. Phrases are matched as whole words after {@link TextNormalizer#fold(String)
 * folding}, so case and accents do not matter; inflections are listed as separate phrases.
 *
 * <p>A {@code strong} phrase earns the tag on its own. A {@code weak} phrase ("released", "eased") is
 * too common to do so and counts only when some {@code context} phrase ("prisoners", "potash") also
 * occurs in the text. {@code negative} phrases ("freed up", "press release") are blanked out of the
 * text before anything else is matched, so the words inside them cannot count.
 *
 * @param tag         the tag name, one of {@link Tags#ALL}
 * @param description what the tag means, for people reading the rule file; may be null
 * @param strong      phrases that tag on their own
 * @param weak        phrases that tag only together with a context phrase
 * @param context     phrases that make a weak phrase count; required when {@code weak} is not empty
 * @param negative    phrases removed from the text before matching
 */
public record TagRule(
    String tag,
    String description,
    List<String> strong,
    List<String> weak,
    List<String> context,
    List<String> negative) {

  /**
   * Validates the rule.
   *
   * @throws IllegalArgumentException when the tag is unknown, a phrase is blank, the rule has no
   *     phrases, weak phrases have no context, or a phrase is both weak and context
   */
  public TagRule {
    if (tag == null) {
      throw new IllegalArgumentException("a rule has no tag");
    }
    if (!Tags.ALL.contains(tag)) {
      throw new IllegalArgumentException("unknown tag '" + tag + "' (known tags: " + Tags.ALL + ")");
    }
    strong = phrases(tag, "strong", strong);
    weak = phrases(tag, "weak", weak);
    context = phrases(tag, "context", context);
    negative = phrases(tag, "negative", negative);
    if (strong.isEmpty() && weak.isEmpty()) {
      throw new IllegalArgumentException("tag '" + tag + "' has neither strong nor weak phrases");
    }
    if (!weak.isEmpty() && context.isEmpty()) {
      throw new IllegalArgumentException("tag '" + tag + "' has weak phrases but no context phrases");
    }
    requireDisjoint(tag, weak, context);
  }

  private static List<String> phrases(String tag, String kind, List<String> phrases) {
    if (phrases == null) {
      return List.of();
    }
    for (String phrase : phrases) {
      if (phrase == null || TextNormalizer.fold(phrase).isBlank()) {
        throw new IllegalArgumentException("tag '" + tag + "' has a blank " + kind + " phrase");
      }
    }
    return List.copyOf(phrases);
  }

  // A weak phrase that is also its own context would tag on its own, i.e. be strong in disguise.
  private static void requireDisjoint(String tag, List<String> weak, List<String> context) {
    Set<String> foldedContext = new HashSet<>();
    context.forEach(c -> foldedContext.add(TextNormalizer.fold(c)));
    for (String w : weak) {
      if (foldedContext.contains(TextNormalizer.fold(w))) {
        throw new IllegalArgumentException("tag '" + tag + "' lists '" + w + "' as both weak and context");
      }
    }
  }
}
