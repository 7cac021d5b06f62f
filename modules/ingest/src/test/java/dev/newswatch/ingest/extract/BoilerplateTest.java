package dev.newswatch.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Boilerplate inside or around the article container, judged by general rules, not by site. */
class BoilerplateTest {

  private static final URI PAGE = URI.create("https://news.example/2026/11/20/minsk-pardons");
  private final ArticleExtractor extractor = new ArticleExtractor();

  private static final String STORY = """
      <p>Sixteen people convicted over the 2020 protests were pardoned on Thursday, the presidential press
      office said, in a move that came days before a visit by American officials to the capital.</p>
      <p>Rights groups said most of them had been held since the autumn of 2020, and that more than a thousand
      others remain in prison, many of them in poor health and without access to their lawyers.</p>
      <p>The released include a former schoolteacher, two students and a regional journalist who had been
      sentenced to six years for reporting on a strike at a potash plant near Salihorsk.</p>
      <p>Officials in Vilnius, where many of the families now live, said they would believe the gesture when
      the freed prisoners crossed the border, as earlier pardons had been followed by new arrests.</p>
      """;

  private ExtractedArticle extract(String body) {
    String html = """
        <!doctype html><html lang="en"><head><meta charset="utf-8">
        <title>Minsk pardons 16 ahead of US visit</title></head><body>
        <header><a href="/">Baltic Wire</a></header>
        %s
        <footer><p>© 2026 Baltic Wire</p></footer></body></html>""".formatted(body);
    return extractor.extract(html.getBytes(StandardCharsets.UTF_8), "text/html", PAGE);
  }

  @Test
  void aWrapperWithAWidgetWordThatHoldsMostOfThePagesProseIsTheArticle() {
    ExtractedArticle a = extract("""
        <div id="page"><div class="post-96709 post no-share type-post">
        <h1>Minsk pardons 16 ahead of US visit</h1>%s</div>
        <div class="sidebar"><h3>Latest</h3><ul><li><a href="/a">Lithuania closes two crossings</a></li>
        <li><a href="/b">Potash exports fall</a></li><li><a href="/c">Weather: first snow in Hrodna</a></li>
        </ul></div></div>""".formatted(STORY));

    assertThat(a.isArticle()).isTrue();
    assertThat(a.text()).contains("Sixteen people convicted", "crossed the border")
        .doesNotContain("Lithuania closes");
  }

  @Test
  void aCommentThreadIsRemovedEvenWhenItHoldsMoreTextThanTheArticle() {
    String comment = "<li><p>I was in Salihorsk during the strike and the journalist was the only one who came "
        + "to talk to us, every single day, for weeks, while the others wrote what they were told.</p></li>";
    ExtractedArticle a = extract("""
        <article><h1>Minsk pardons 16 ahead of US visit</h1>%s</article>
        <section class="comments-area"><h3>12 comments</h3><ol>%s</ol></section>"""
        .formatted(STORY, comment.repeat(6)));

    assertThat(a.text()).contains("Sixteen people convicted").doesNotContain("only one who came");
  }

  @Test
  void furnitureLinesAreDroppedInSeveralLanguages() {
    ExtractedArticle a = extract("""
        <div class="story"><h1>Minsk pardons 16 ahead of US visit</h1>
        %s
        <p>Read more: Lithuania closes two border crossings</p>
        <p>Lesen Sie auch: Litauen schließt zwei Grenzübergänge</p>
        <p>Czytaj też: Litwa zamyka dwa przejścia graniczne</p>
        <p>Читайте также: Литва закрывает два пункта пропуска</p>
        <p>Foto: Tadas Vaitkus</p>
        <p>Artikel teilen</p>
        <p>Kommentare (3)</p>
        <p>Newsletter: the Minsk morning briefing, every weekday</p>
        </div>""".formatted(STORY));

    assertThat(a.text()).contains("Sixteen people convicted", "crossed the border")
        .doesNotContain("Read more", "Lesen Sie auch", "Czytaj", "Читайте", "Foto:", "teilen", "Kommentare",
            "Newsletter");
  }

  @Test
  void sourceCopyrightAuthorAndLoginLinesAreFurnitureToo() {
    ExtractedArticle a = extract("""
        <div class="story"><h1>Minsk pardons 16 ahead of US visit</h1>
        <p><strong>Inhaltsverzeichnis</strong></p>
        %s
        <p><em>Quelle: Präsidialverwaltung, dpa</em></p>
        <p>Źródło: PAP</p>
        <p>© 2026 Baltic Wire. All rights reserved.</p>
        <h4>Über den Autor</h4>
        <p>Sie sind aktuell nicht eingeloggt.</p>
        <p>Tags: Belarus, pardons, Lukashenko</p>
        <p>Download the app for breaking news alerts</p>
        </div>""".formatted(STORY));

    assertThat(a.text()).contains("Sixteen people convicted", "crossed the border")
        .doesNotContain("Inhaltsverzeichnis", "Quelle", "Źródło", "©", "Über den Autor", "eingeloggt", "Tags:",
            "Download the app");
  }

  @Test
  void aShortParagraphAboutAnAppOrASourceIsNotAFurnitureLine() {
    ExtractedArticle a = extract("""
        <div class="story">%s<p>Sources close to the talks said more releases were possible.</p>
        <p>YouTube declined to comment.</p></div>""".formatted(STORY));

    assertThat(a.text()).contains("Sources close to the talks", "YouTube declined to comment.");
  }

  @Test
  void anAuthorBioInsideThePostAndATableOfContentsAreWidgets() {
    ExtractedArticle a = extract("""
        <article class="post"><h1>Minsk pardons 16 ahead of US visit</h1>
        <div id="ez-toc-container" class="toc-wrap"><ul><li><a href="#one">The pardons</a></li>
        <li><a href="#two">What comes next</a></li></ul></div>
        <div class="entry-content">%s</div>
        <section class="post-author clearfix"><div class="post-author-bio"><p>Alena Kuzmich has covered
        Belarus since 2011, first for a radio station in Minsk and, since 2021, from Vilnius, where she
        lives with her family.</p></div></section>
        </article>""".formatted(STORY));

    assertThat(a.text()).contains("Sixteen people convicted", "crossed the border")
        .doesNotContain("covered Belarus since 2011", "What comes next");
  }

  @Test
  void aProseParagraphThatOpensLikeAFurnitureLineStays() {
    String opening = "<p>Read more widely, the pardons look like part of a pattern: releases timed to foreign "
        + "visits, followed within months by new arrests of people close to those freed.</p>";
    ExtractedArticle a = extract("<div class=\"story\">%s%s</div>".formatted(STORY, opening));

    assertThat(a.text()).contains("Read more widely, the pardons look like part of a pattern");
  }

  @Test
  void photoCreditsGoAndCaptionsStay() {
    ExtractedArticle a = extract("""
        <div class="story"><h1>Minsk pardons 16 ahead of US visit</h1>
        <figure><img src="/img/border.jpg" alt="">
        <figcaption>Relatives waited at the Medininkai crossing for most of Thursday afternoon.
        <div class="image-credit">Tadas Vaitkus / Baltic Wire</div></figcaption></figure>
        %s</div>""".formatted(STORY));

    assertThat(a.text()).contains("Relatives waited at the Medininkai crossing", "Sixteen people convicted")
        .doesNotContain("Tadas Vaitkus");
  }

  @Test
  void theHeadingOfARemovedLinkBoxGoesWithIt() {
    ExtractedArticle a = extract("""
        <div class="story"><h1>Minsk pardons 16 ahead of US visit</h1>
        %s
        <h3>More on this story</h3>
        <ul><li><a href="/a">Lithuania closes two crossings</a></li><li><a href="/b">Potash exports fall</a></li>
        <li><a href="/c">Who are the political prisoners?</a></li></ul>
        <h3>Elsewhere on Baltic Wire</h3>
        </div>""".formatted(STORY));

    assertThat(a.text()).contains("crossed the border")
        .doesNotContain("More on this story", "Elsewhere on Baltic Wire", "Potash exports fall");
  }

  @Test
  void widgetClassWordsCountInSeveralLanguages() {
    ExtractedArticle a = extract("""
        <div class="artikel-inhalt"><h1>Minsk pardons 16 ahead of US visit</h1>
        %s
        <div class="artikel-teilen">Auf Facebook | Auf X | Per E-Mail senden an einen Freund</div>
        <div class="bloque-compartir">Facebook · WhatsApp · Enviar por correo a un amigo</div>
        <section id="kommentare"><p>Endlich eine gute Nachricht, aber man darf sich nichts vormachen, die
        nächsten Verhaftungen kommen bestimmt und keiner wird darüber berichten.</p></section>
        </div>""".formatted(STORY));

    assertThat(a.text()).contains("Sixteen people convicted")
        .doesNotContain("Per E-Mail", "Enviar por correo", "Endlich eine gute Nachricht");
  }

  private static final String CARDS = """
      <div class="c-item"><h3><a href="/2026/11/19/potash">Potash exports fall for a third month</a></h3>
      <p>Shipments through Klaipėda were down by a fifth, the port said, as buyers in Asia looked elsewhere.</p>
      <span>Baltic Wire</span></div>
      <div class="c-item"><h3><a href="/2026/11/18/crossings">Lithuania closes two border crossings</a></h3>
      <p>The government in Vilnius said the closures, which begin on Monday, would last until spring.</p>
      <span>Baltic Wire</span></div>
      <div class="c-item"><h3><a href="/2026/11/17/prisoners">Who are Belarus's political prisoners?</a></h3>
      <p>Teachers, students, pensioners and reporters: a look at who is still held, and for what.</p>
      <span>Baltic Wire</span></div>
      """;

  @Test
  void aListOfStoryCardsWithUnlinkedSummariesIsRemoved() {
    ExtractedArticle a = extract("""
        <div class="story"><h1>Minsk pardons 16 ahead of US visit</h1>
        %s
        <h2>Latest</h2>
        <div class="c-list">%s</div>
        </div>""".formatted(STORY + STORY.replace("Sixteen people", "The sixteen"), CARDS));

    assertThat(a.text()).contains("Sixteen people convicted", "crossed the border")
        .doesNotContain("Potash exports fall", "Shipments through", "Latest");
  }

  @Test
  void storyCardsThatAreMostOfWhatThePageHoldsStay() {
    ExtractedArticle a = extract("""
        <div class="section-front"><h1>Belarus</h1>
        <p>News and analysis from our correspondents in Minsk and Vilnius.</p>
        <div class="c-list">%s</div>
        </div>""".formatted(CARDS));

    assertThat(a.text()).contains("Potash exports fall", "Shipments through Klaipėda");
  }

  @Test
  void sectionsUnderLinkedHeadingsWithLongTextAreNotCards() {
    String section = """
        <section><h2><a href="#%1$s">What the pardons mean for %1$s</a></h2>
        <p>Officials in the capital said the decision would be reviewed, and that the families, many of whom
        had moved abroad, would be told in writing; lawyers said they had heard nothing yet, and that the
        last time such a promise was made, in the spring, the letters never came.</p>
        <p>Two of the sixteen had already served most of their sentences, their relatives said, and one of
        them had been due for release in a matter of weeks, which made the pardon, they said, a formality.</p>
        </section>""";
    ExtractedArticle a = extract("""
        <div class="story"><h1>Minsk pardons 16 ahead of US visit</h1>
        %s<div>%s%s</div></div>""".formatted(STORY, section.formatted("families"),
        section.formatted("Vilnius")));

    assertThat(a.text()).contains("Sixteen people convicted", "What the pardons mean for families",
        "made the pardon, they said, a formality");
  }
}
