package dev.newswatch.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.model.Article;
import dev.newswatch.model.ArticleIds;
import dev.newswatch.model.EnrichedArticle;
import dev.newswatch.model.JsonCodec;
import dev.newswatch.model.Story;
import dev.newswatch.model.Tag;
import dev.newswatch.model.Tags;
import dev.newswatch.model.Topics;
import dev.newswatch.testkit.RecordSchemas;
import dev.newswatch.testkit.TestKafka;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports in the languages the tagger reads, each with its declared language as the poller sets it, through
 * the embedded broker and the real pipeline: a Belarus pardon in eight languages is tagged {@code pardon@BY}
 * (and {@code pardon.political}), a US easing of Belarus sanctions in two is {@code sanctions.eased@BY}, and
 * two hard negatives (a Russia-Ukraine prisoner-of-war exchange, US sanctions on Iran) carry neither. On the
 * story side: an exact wire copy joins its original's story as a near-duplicate, and a second pardon three
 * weeks later (31 freed, not 16) is a story of its own. Cross-language joining is deliberately not asserted.
 *
 * <p>The broker is shared by the test JVM, so every URL carries a per-run UUID.
 */
class MultilingualPipelineIT {

  private static final Duration AWAIT = Duration.ofSeconds(90);

  private record Report(String id, String lang, String title, String text) {}

  private static final Report PL_PARDON = new Report("pl-pardon", "pl",
      "Łukaszenka ułaskawił 16 więźniów politycznych",
      "Białoruski przywódca Alaksandr Łukaszenka ułaskawił kolejnych 16 osób skazanych w sprawach politycznych, poinformowała w piątek jego służba prasowa. Wśród uwolnionych są dwaj dziennikarze i emerytowana nauczycielka. Według centrum obrony praw człowieka Wiasna w białoruskich więzieniach nadal przebywa ponad tysiąc więźniów politycznych.");
  private static final Report DE_PARDON = new Report("de-pardon", "de",
      "Lukaschenko begnadigt erneut politische Gefangene",
      "Der belarussische Machthaber Alexander Lukaschenko hat nach Angaben seines Pressedienstes 16 weitere Häftlinge begnadigt, die wegen sogenannter extremistischer Straftaten verurteilt worden waren. Menschenrechtler des Zentrums Wjasna sprechen von politischen Gefangenen. Unter den Freigelassenen sollen zwei Journalisten sein. In Belarus sitzen nach Schätzungen noch mehr als 1100 politische Gefangene in Haft.");
  private static final Report LT_PARDON = new Report("lt-pardon", "lt",
      "Lukašenka pasigailėjo dar 16 politinių kalinių",
      "Baltarusijos vadovas Aliaksandras Lukašenka pasigailėjo dar 16 asmenų, nuteistų vadinamosiose ekstremizmo bylose, pranešė jo spaudos tarnyba. Žmogaus teisių centras „Viasna“ teigia, kad tarp paleistųjų yra politinių kalinių, tarp jų du žurnalistai. Baltarusijos kalėjimuose vis dar laikoma daugiau nei tūkstantis politinių kalinių.");
  private static final Report UK_PARDON = new Report("uk-pardon", "uk",
      "Лукашенко помилував ще 16 політв'язнів",
      "Білоруський диктатор Олександр Лукашенко помилував ще 16 осіб, засуджених за так званими «екстремістськими» статтями, повідомила його пресслужба. Правозахисний центр «Вясна» зазначає, що серед звільнених є політичні в'язні, зокрема двоє журналістів. За даними правозахисників, у білоруських в'язницях досі перебувають понад тисячу політв'язнів.");
  private static final Report FR_PARDON = new Report("fr-pardon", "fr",
      "Biélorussie : Loukachenko gracie 16 prisonniers politiques",
      "Le président biélorusse Alexandre Loukachenko a gracié seize nouvelles personnes condamnées pour « extrémisme », a annoncé vendredi son service de presse. Selon le centre de défense des droits humains Viasna, il s'agit de prisonniers politiques, parmi lesquels deux journalistes. Plus d'un millier de prisonniers politiques restent détenus en Biélorussie, selon l'ONG.");
  private static final Report ES_PARDON = new Report("es-pardon", "es",
      "Lukashenko indulta a 16 presos políticos en Bielorrusia",
      "El presidente bielorruso, Alexandr Lukashenko, ha indultado a otras 16 personas condenadas por delitos de «extremismo», informó este viernes su servicio de prensa. El centro de derechos humanos Viasna afirma que entre los liberados hay presos políticos, entre ellos dos periodistas. Más de un millar de presos políticos siguen encarcelados en Bielorrusia, según la organización.");
  private static final Report IT_PARDON = new Report("it-pardon", "it",
      "Bielorussia, Lukashenko grazia altri 16 prigionieri politici",
      "Il presidente bielorusso Aleksandr Lukashenko ha concesso la grazia ad altre 16 persone condannate per reati di «estremismo», ha reso noto venerdì il suo servizio stampa. Secondo il centro per i diritti umani Viasna, tra i rilasciati ci sono prigionieri politici, tra cui due giornalisti. Nelle carceri bielorusse restano detenuti oltre mille prigionieri politici, secondo l'organizzazione.");
  private static final Report PT_PARDON = new Report("pt-pardon", "pt",
      "Lukashenko perdoa mais 16 presos políticos na Bielorrússia",
      "O presidente da Bielorrússia, Alexander Lukashenko, perdoou mais 16 pessoas condenadas por crimes de «extremismo», anunciou nesta sexta-feira o seu serviço de imprensa. Segundo o centro de direitos humanos Viasna, entre os libertados há presos políticos, incluindo dois jornalistas. Mais de mil presos políticos continuam detidos na Bielorrússia, segundo a organização.");
  private static final Report DE_SANCT = new Report("de-sanct", "de",
      "USA heben Sanktionen gegen Belavia auf",
      "Die Vereinigten Staaten haben die Sanktionen gegen die staatliche belarussische Fluggesellschaft Belavia aufgehoben. Das teilte das US-Finanzministerium am Donnerstag mit. Der Schritt folgt auf die Freilassung von 52 Gefangenen in Belarus. Belavia darf nun wieder Ersatzteile und Wartung für ihre Boeing-Flotte in den USA beziehen.");
  private static final Report FR_SANCT = new Report("fr-sanct", "fr",
      "Washington lève les sanctions contre la potasse biélorusse",
      "Les États-Unis ont levé les sanctions visant Belaruskali, le producteur public biélorusse de potasse, a annoncé jeudi le département du Trésor américain. Cette décision intervient après la libération de 52 prisonniers par Minsk. La potasse, utilisée dans les engrais, est l'une des principales exportations de la Biélorussie.");
  private static final Report IT_POW = new Report("it-pow", "it",
      "Scambio di prigionieri tra Russia e Ucraina: liberati 84 soldati per parte",
      "Russia e Ucraina hanno effettuato sabato un nuovo scambio di prigionieri di guerra, con 84 militari rilasciati da ciascuna parte, hanno reso noto Kiev e Mosca. Lo scambio è avvenuto con la mediazione degli Emirati Arabi Uniti. Tra gli ucraini liberati ci sono anche difensori di Mariupol.");
  private static final Report ES_IRAN = new Report("es-iran", "es",
      "EE. UU. impone nuevas sanciones a Irán por su programa de drones",
      "El Departamento del Tesoro de Estados Unidos anunció este martes nuevas sanciones contra seis empresas y tres personas vinculadas al programa iraní de drones y misiles. Las medidas congelan sus activos en territorio estadounidense y prohíben cualquier transacción con ellas. Teherán calificó las sanciones de ilegales.");
  private static final Report PL_PARDON2 = new Report("pl-pardon2", "pl",
      "Na Białorusi uwolniono 31 więźniów politycznych",
      "Trzydziestu jeden więźniów politycznych wyszło na wolność na Białorusi po ułaskawieniu przez Alaksandra Łukaszenkę, poinformowała organizacja Wiasna. Wśród nich jest znany bloger i dwie działaczki opozycji. Część uwolnionych została wywieziona na Litwę.");

  private static final List<Report> PARDONS =
      List.of(PL_PARDON, DE_PARDON, LT_PARDON, UK_PARDON, FR_PARDON, ES_PARDON, IT_PARDON, PT_PARDON);
  private static final List<Report> SANCTIONS_EASED = List.of(DE_SANCT, FR_SANCT);
  private static final List<Report> NEGATIVES = List.of(IT_POW, ES_IRAN);

  @TempDir
  Path stateDir;

  @Test
  @Timeout(170)
  void tagsReportsInTheirDeclaredLanguagesAndClustersCopiesAndSeparateEvents() throws Exception {
    String run = UUID.randomUUID().toString();
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Instant threeWeeksAgo = now.minus(Duration.ofDays(21));

    // In publication order: the first pardon's reports three weeks ago, then its wire copy, then the rest.
    Map<String, Article> sent = new LinkedHashMap<>();
    int minute = 0;
    for (Report r : PARDONS) {
      sent.put(r.id(), article("https://" + r.lang() + "-news.example/world/" + r.id() + "-" + run, r,
          threeWeeksAgo.plus(Duration.ofMinutes(minute += 10))));
    }
    Article copy = article("https://wire-copy.example/swiat/" + PL_PARDON.id() + "-" + run, PL_PARDON,
        threeWeeksAgo.plus(Duration.ofMinutes(minute += 10)));
    sent.put("pl-pardon-copy", copy);
    int hour = 0;
    for (Report r : concat(SANCTIONS_EASED, NEGATIVES)) {
      sent.put(r.id(), article("https://" + r.lang() + "-news.example/world/" + r.id() + "-" + run, r,
          now.minus(Duration.ofHours(10)).plus(Duration.ofHours(hour++))));
    }
    sent.put(PL_PARDON2.id(), article("https://pl-news.example/swiat/" + PL_PARDON2.id() + "-" + run, PL_PARDON2,
        now.minus(Duration.ofMinutes(5))));

    Map<String, EnrichedArticle> out;
    try (PipelineService service = service(run)) {
      service.start();
      PipelineTestSettings.sendRaw(sent.values());
      // Every article once, then until the copies' last records name their lead: when the smaller id
      // arrives second, the pointer comes in a later record of the other copy.
      out = await(sent,
          found -> found.get(PL_PARDON.id()).dupOf() != null || found.get("pl-pardon-copy").dupOf() != null);
    }

    for (Report r : PARDONS) {
      EnrichedArticle a = out.get(r.id());
      assertThat(tagsAt(a, "BY")).as("%s (%s): %s", r.id(), r.lang(), a.tags())
          .contains(Tags.PARDON, "pardon.political");
    }
    for (Report r : SANCTIONS_EASED) {
      EnrichedArticle a = out.get(r.id());
      assertThat(tagsAt(a, "BY")).as("%s (%s): %s", r.id(), r.lang(), a.tags())
          .contains(Tags.SANCTIONS, "sanctions.eased");
    }
    for (Report r : NEGATIVES) {
      EnrichedArticle a = out.get(r.id());
      assertThat(tagsAt(a, "BY")).as("%s (%s): %s", r.id(), r.lang(), a.tags())
          .doesNotContain(Tags.PARDON, Tags.SANCTIONS);
    }
    assertThat(out.get(IT_POW.id()).tagNames()).as("a prisoner-of-war exchange is no pardon at all")
        .doesNotContain(Tags.PARDON);
    assertThat(tagsAt(out.get(ES_IRAN.id()), "IR")).contains(Tags.SANCTIONS, "sanctions.imposed");
    assertThat(tagsAt(out.get(PL_PARDON2.id()), "BY")).contains(Tags.PARDON, "pardon.political");

    EnrichedArticle original = out.get(PL_PARDON.id());
    EnrichedArticle wireCopy = out.get("pl-pardon-copy");
    EnrichedArticle later = out.get(PL_PARDON2.id());
    assertThat(original.storyId()).matches("[0-9a-f]{32}");
    assertThat(wireCopy.storyId()).as("the wire copy joins its original's story").isEqualTo(original.storyId());
    // Same words, so the smaller id leads the pair (DuplicateDetector): whichever arrived first, the other
    // copy's last record points at it.
    EnrichedArticle lead = original.id().compareTo(wireCopy.id()) < 0 ? original : wireCopy;
    EnrichedArticle dup = lead == original ? wireCopy : original;
    assertThat(dup.dupOf()).as("the copies are near-duplicates, led by the smaller id").isEqualTo(lead.id());
    assertThat(lead.dupOf()).isNull();
    assertThat(later.storyId()).as("a pardon three weeks later is another story").isNotNull()
        .isNotEqualTo(original.storyId());
    assertThat(later.dupOf()).isNull();

    List<ConsumerRecord<byte[], byte[]>> storyRecords = TestKafka.readAll(Topics.STORIES).stream()
        .filter(r -> new String(r.value(), StandardCharsets.UTF_8).contains(run)).toList();
    for (ConsumerRecord<byte[], byte[]> r : storyRecords) {
      assertThat(RecordSchemas.violations(Topics.STORIES_SPEC, r.value())).isEmpty();
    }
    List<String> storyIds = storyRecords.stream().map(r -> JsonCodec.fromBytes(r.value(), Story.class).id()).toList();
    assertThat(storyIds).as("both pardon stories are published").contains(original.storyId(), later.storyId());
  }

  private static List<String> tagsAt(EnrichedArticle article, String country) {
    return article.tags().stream().filter(t -> country.equals(t.country())).map(Tag::name).distinct().toList();
  }

  private static List<Report> concat(List<Report> a, List<Report> b) {
    List<Report> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private PipelineService service(String run) {
    return new PipelineService(PipelineConfig.defaults(),
        PipelineTestSettings.brokerConfig("multilingual-it-" + run, stateDir), new PrometheusRegistry());
  }

  /** A report as the poller writes it: its own URL, the feed's declared language, the text as the body. */
  private static Article article(String url, Report r, Instant publishedAt) {
    return new Article(ArticleIds.fromCanonicalUrl(url), url, url, null,
        "https://" + r.lang() + "-news.example/rss.xml", null, r.title(), null, null, publishedAt, publishedAt,
        r.lang(), r.text(), null, null, null);
  }


  /** Waits until every sent article is on the articles topic; the last record of each, by report id. */
  private static Map<String, EnrichedArticle> await(Map<String, Article> sent,
      java.util.function.Predicate<Map<String, EnrichedArticle>> settled) throws InterruptedException {
    Map<String, String> reportById = new HashMap<>();
    sent.forEach((report, article) -> reportById.put(article.id(), report));
    long deadline = System.nanoTime() + AWAIT.toNanos();
    while (true) {
      Map<String, EnrichedArticle> found = new HashMap<>();
      for (ConsumerRecord<byte[], byte[]> r : TestKafka.readAll(Topics.ARTICLES)) {
        String report = reportById.get(new String(r.key(), StandardCharsets.UTF_8));
        if (report != null) {
          assertThat(RecordSchemas.violations(Topics.ARTICLES_SPEC, r.value())).isEmpty();
          found.put(report, JsonCodec.fromBytes(r.value(), EnrichedArticle.class));
        }
      }
      if (found.size() == sent.size() && settled.test(found)) {
        return found;
      }
      if (System.nanoTime() > deadline) {
        List<String> missing = sent.keySet().stream().filter(k -> !found.containsKey(k)).toList();
        if (missing.isEmpty()) {
          return found; // all there, not settled: the assertions say what is wrong
        }
        throw new AssertionError("articles " + missing + " did not appear within " + AWAIT);
      }
      Thread.sleep(500);
    }
  }
}
