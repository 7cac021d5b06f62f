package dev.newswatch.alerts.match;

import dev.newswatch.model.Story;
import dev.newswatch.model.Subscription;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a subscription was last told about a story: the facts whose change makes a later revision worth
 * another alert. Kept per (subscription, story) in the alerts topology's snapshot store.
 *
 * @param revision   the story revision last alerted
 * @param people     released people last reported, by spelling-neutral key → name as reported
 * @param released   released count last reported, or null
 * @param sanctions  sanctions directions last present ({@code sanctions.imposed}, {@code .eased},
 *                   {@code .threatened})
 * @param minSources the subscription's minSources that the story met at the last alert
 */
public record AlertSnapshot(int revision, Map<String, String> people, Long released, List<String> sanctions,
    int minSources) {

  /** The sanctions tags whose first appearance on a story is material. */
  public static final List<String> SANCTIONS_DIRECTIONS =
      List.of("sanctions.imposed", "sanctions.eased", "sanctions.threatened");

  public AlertSnapshot {
    people = people == null ? Map.of() : Map.copyOf(people);
    sanctions = sanctions == null ? List.of() : List.copyOf(sanctions);
  }

  /** The snapshot of {@code story} as alerted to {@code subscription}. */
  public static AlertSnapshot of(Story story, Subscription subscription) {
    Map<String, String> people = new LinkedHashMap<>();
    Long released = null;
    if (story.facts() != null) {
      for (String person : story.facts().people()) {
        String key = String.join(" ", StoryFields.nameTokens(person, false));
        if (!key.isEmpty()) {
          people.putIfAbsent(key, person);
        }
      }
      released = story.facts().released();
    }
    List<String> sanctions = story.tagNames().stream().filter(SANCTIONS_DIRECTIONS::contains).sorted().toList();
    return new AlertSnapshot(story.revision(), people, released, sanctions, subscription.minSources());
  }

  private static String surname(String key) {
    return key.substring(key.lastIndexOf(' ') + 1);
  }

  /**
   * What is materially new in {@code now} compared with this earlier snapshot, one human line each; empty
   * when nothing is. Material: a newly named released person (spellings of one name count once), a changed
   * released count, a sanctions direction newly present, or a raised minSources threshold newly met.
   *
   * @param sources independent outlets of the story now
   */
  public List<String> changesTo(AlertSnapshot now, int sources) {
    Objects.requireNonNull(now, "now");
    List<String> changes = new ArrayList<>();
    // A name counts as known when its last word (the surname, in any spelling) is known: "Bialiatski" in a
    // later revision is the "Ales Bialiatski" of an earlier one.
    java.util.Set<String> surnames = new java.util.HashSet<>();
    people.keySet().forEach(k -> surnames.add(surname(k)));
    List<String> newPeople = now.people.entrySet().stream()
        .filter(e -> !surnames.contains(surname(e.getKey()))).map(Map.Entry::getValue).toList();
    if (!newPeople.isEmpty()) {
      changes.add("newly named as released: " + String.join(", ", newPeople));
    }
    if (now.released != null && !now.released.equals(released)) {
      changes.add(released == null ? "released count now " + now.released : "released " + released + " → " + now.released);
    }
    for (String direction : now.sanctions) {
      if (!sanctions.contains(direction)) {
        changes.add("new: " + direction.replace('.', ' '));
      }
    }
    if (now.minSources > minSources) {
      changes.add("now reported by " + sources + " independent outlets (at least " + now.minSources + ")");
    }
    return changes;
  }
}
