package dev.newswatch.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** How the article's text is found on pages whose markup does not put it in paragraphs of its own. */
class ArticleBodyRulesTest {

  private static final URI PAGE = URI.create("https://forum.example/threads/winter-tyres-on-test.123/");
  private final ArticleExtractor extractor = new ArticleExtractor();

  private ExtractedArticle extract(String html) {
    return extractor.extract(html.getBytes(StandardCharsets.UTF_8), "text/html", PAGE);
  }

  @Test
  void textWrittenStraightIntoAContainerBetweenImagesIsTheArticle() {
    ExtractedArticle a = extract("""
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Winter tyres on test</title></head>
        <body><div class="container">
        <div class="header-row"><div class="about">
        <p>Road Talk is a community of drivers, founded in 2004, with tests, trip reports, and a busy forum.</p>
        <p>Members write about cars, vans, campers and motorbikes, and about the roads they drive.</p></div></div>
        <div class="wrapper"><div class="bbWrapper">
        I fitted a set of mid-priced winter tyres to our estate car in November, after the old ones had
        worn down to four millimetres, and drove them for three months on town streets and mountain roads.
        The first impression was good: they are quiet on dry asphalt, and the steering feels as direct as on
        the summer set.<br><br>
        <div class="bbImageWrapper"><img src="/attachments/tyres-1.jpg" alt=""></div><br>
        In January we went up to the pass after a night of snow. On the climb, with the car fully loaded,
        the tyres found grip where two vans ahead of us had to stop and fit chains, and on the way down they
        braked evenly, without the front pushing wide in the hairpins.<br><br>
        <div class="bbImageWrapper"><img src="/attachments/tyres-2.jpg" alt=""></div><br>
        On wet roads at around zero degrees they are less sure, and the braking distance grew noticeably,
        so I kept well back from the car in front. For their price, they are tyres I can recommend to anyone
        who drives in the mountains a few weekends a year.
        </div></div></div></body></html>""");

    assertThat(a.text()).contains("I fitted a set of mid-priced winter tyres", "we went up to the pass",
        "a few weekends a year").doesNotContain("community of drivers");
  }

  @Test
  void aPostPrintedOnlyInsideNoscriptIsStillFound() {
    ExtractedArticle a = extract("""
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Night trains return to the coast</title>
        </head><body><div class="blog"><div class="post"><h3>Night trains return to the coast</h3>
        <div class="post-body"><script>renderPost(document.currentScript.parentNode)</script><noscript>
        <p>From June, a sleeper train will again leave the capital every evening for the coast, arriving
        a little after seven in the morning, for the first time since the service was cut eleven years ago.</p>
        <p>The operator has bought twelve second-hand sleeping cars and refitted them with four-berth and
        two-berth compartments; a seat in a shared compartment will cost less than a hotel room by the sea.</p>
        <p>Tickets go on sale next week, and the operator says it will add a second train at weekends if the
        first summer goes well.</p></noscript></div></div>
        <div class="footer-links"><a href="/about">About</a> <a href="/privacy">Privacy</a></div>
        </div></body></html>""");

    assertThat(a.isArticle()).isTrue();
    assertThat(a.text()).contains("a sleeper train will again leave", "if the first summer goes well");
  }

  @Test
  void anArticleWrapperNamedForTheAdsItHoldsIsNotAnAd() {
    ExtractedArticle a = extract("""
        <!doctype html><html lang="de"><head><meta charset="utf-8"><title>Neue Fähre nach Helgoland</title></head>
        <body><div class="site"><section class="o-section o-section-intro o-section--has-ads">
        <div class="c-article-body"><div class="c-article-copy">
        <p>Ab dem ersten Mai fährt eine neue Fähre zweimal am Tag von Cuxhaven nach Helgoland, und wer ein
        Fahrrad mitnehmen will, muss es bis zum Vortag anmelden.</p>
        <p>Das Schiff bietet Platz für sechshundert Fahrgäste, hat ein beheiztes Oberdeck und ein Bordbistro,
        und die Überfahrt soll bei ruhiger See eine Viertelstunde kürzer sein als bisher.</p>
        <p>Die erste Abfahrt ist um halb zehn, die letzte Rückfahrt am frühen Abend, bei Sturm fällt sie aus.</p>
        </div></div><div class="ad-slot">Anzeige</div></section>
        <section class="o-section"><div class="c-article-tags"><a href="/tag/faehre">Fähre</a>
        <a href="/tag/nordsee">Nordsee</a> <a href="/tag/helgoland">Helgoland</a></div></section>
        </div></body></html>""");

    assertThat(a.text()).contains("eine neue Fähre zweimal am Tag", "bei Sturm fällt sie aus")
        .doesNotContain("Anzeige");
  }

  @Test
  void aLongReadersCommentDoesNotSaveTheCommentThread() {
    String comment = "<li><article class=\"comment-body\"><footer>Maria K., 3 March</footer><p>We tried this in "
        + "our school last year, with two classes of eleven-year-olds, and I can only agree with most of what "
        + "you describe here: the pupils were more careful with the plants once they knew the others would "
        + "see the results, and some of the quieter ones, who never spoke up in lessons, turned out to be the "
        + "most patient gardeners. What did not work for us was the summer holiday. Nobody watered the beds "
        + "for six weeks, and when we came back in September there was nothing left but weeds and a few "
        + "split tomatoes. We now share the watering with the parents on a rota, which takes some "
        + "organising but works much better.</p></article></li>";
    ExtractedArticle a = extract("""
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>A term of school gardening</title></head>
        <body><div id="content"><div class="post hentry"><h1>A term of school gardening</h1><div class="entry-content">
        <p>For a term, my class of twelve-year-olds looked after a vegetable bed behind the gym, and every
        pupil kept a diary of what was sown, watered, eaten by snails and, now and then, harvested.</p>
        <p>The bed suits the timetable: it needs ten minutes a day, it gives biology and maths lessons their
        examples, and the children can see their work grow, or fail, from one week to the next.</p>
        <p>At the end of the term, most said they would eat a courgette they had grown themselves.</p>
        </div></div>
        <div id="comments" class="comments-area"><h3>2 replies</h3><ol class="comment-list">%s%s</ol></div>
        </div></body></html>""".formatted(comment, comment.replace("Maria K.", "Tom B.")));

    assertThat(a.text()).contains("looked after a vegetable bed", "a courgette they had grown")
        .doesNotContain("We tried this in our school");
  }

  @Test
  void theStandfirstBetweenHeadlineAndBodyJoinsTheArticle() {
    ExtractedArticle a = extract("""
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Port strike enters second week</title>
        </head><body><div class="layout"><article class="story">
        <div class="story-header"><h1>Port strike enters second week</h1>
        <div class="story-teaser"><p>Dockers in Klaipėda rejected the latest pay offer on Monday, and shippers
        have begun to send containers to Riga and Gdańsk instead.</p></div>
        <div class="meta"><span class="author">By Rūta Vaitkutė</span> <time>12 May 2026</time></div></div>
        <div class="story-columns"><div class="story-body">
        <p>The union said the offer of four per cent over two years did not make up for last year's inflation,
        and that its members would stay out until the port authority returned with a better one.</p>
        <p>The port authority said the strike was costing the city more than a million euros a day, and that
        it had no room to raise the offer without help from the government in Vilnius.</p>
        <p>The transport minister is to meet both sides on Wednesday, her spokesman said, for the first time
        since the strike began.</p>
        <p>Three of the largest container lines have already told their customers to expect delays of up to
        ten days, and one has moved its weekly call to Gdańsk until the end of the month.</p>
        </div></div></article></div></body></html>""");

    assertThat(a.text()).startsWith("Dockers in Klaipėda rejected the latest pay offer")
        .contains("first time since the strike began").doesNotContain("By Rūta");
  }

  private static final String STRIKE_BODY = """
      <p>The union said the offer of four per cent over two years did not make up for last year's inflation,
      and that its members would stay out until the port authority returned with a better one.</p>
      <p>The port authority said the strike was costing the city more than a million euros a day, and that
      it had no room to raise the offer without help from the government in Vilnius.</p>
      %s
      <p>The transport minister is to meet both sides on Wednesday, her spokesman said, for the first time
      since the strike began.</p>
      <p>Three of the largest container lines have already told their customers to expect delays of up to
      ten days, and one has moved its weekly call to Gdańsk until the end of the month.</p>""";

  @Test
  void anH1AfterTheBodysFirstParagraphIsASectionHeadingAndTheStandfirstIsStillFound() {
    ExtractedArticle a = extract("""
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Port strike enters second week</title>
        </head><body><div class="layout"><div class="top"><div class="story-head">
        <h1>Port strike enters second week</h1>
        <p class="summary">Dockers in Klaipėda rejected the latest pay offer on Monday, and shippers have begun
        to send containers to Riga and Gdańsk instead.</p></div></div>
        <div class="main"><div class="story-text">%s</div></div></div></body></html>""".formatted(
        STRIKE_BODY.formatted("<h1>Talks in Vilnius</h1>")));

    assertThat(a.text()).startsWith("Dockers in Klaipėda rejected").contains("Talks in Vilnius");
  }

  @Test
  void theArticlesOwnHeaderBoundsTheStandfirstWhenNoHeadlineIsMarkedUp() {
    ExtractedArticle a = extract("""
        <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Port strike enters second week</title>
        </head><body><div class="layout"><article><div class="row"><header>
        <div class="story-title">Port strike enters second week</div>
        <div class="intro">Dockers in Klaipėda rejected the latest pay offer on Monday, and shippers have begun
        to send containers to Riga and Gdańsk instead.</div></header></div>
        <div class="row"><div class="story-text">%s</div></div></article></div></body></html>""".formatted(
        STRIKE_BODY.formatted("")));

    assertThat(a.text()).startsWith("Dockers in Klaipėda rejected").contains("first time since the strike");
  }
}
