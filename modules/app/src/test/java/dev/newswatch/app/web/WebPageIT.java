package dev.newswatch.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newswatch.app.config.ConfigLoader;
import dev.newswatch.app.config.NewswatchConfig;
import dev.newswatch.app.ops.ApiToken;
import dev.newswatch.app.ops.FeedsApi;
import dev.newswatch.app.ops.HttpApis;
import dev.newswatch.app.ops.MetricsRegistries;
import dev.newswatch.app.ops.OpsHttpServer;
import dev.newswatch.app.runtime.NewswatchRuntime;
import dev.newswatch.model.Story;
import dev.newswatch.model.Tag;
import dev.newswatch.model.Topics;
import dev.newswatch.testkit.FeedServer;
import dev.newswatch.testkit.Fixtures;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page in a real browser: Debian's chromium driven headless by chromium-driver, against the whole
 * runtime on the embedded broker. Without chromium these tests are skipped with a message, except under
 * {@code CI=true}, where they fail. With {@code -Dnewswatch.screenshots=DIR} they also save the screenshots
 * of docs/web.md (light and dark) into DIR.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebPageIT {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  private static final String ALICE = "alice-token-0123456789abcdef";
  private static final String BOB = "bob-token-0123456789abcdef";
  private static final String ADMIN = "web-admin-token-0123456789";
  private static final String XSS = "<script>window.__xss=1</script>\" onmouseover=\"window.__xss=2\" x=\"";

  private Path dir;
  private FeedServer feeds;
  private NewswatchRuntime runtime;
  private OpsHttpServer http;
  private WebDriver driver;
  private KafkaProducer<String, byte[]> producer;
  private String base;
  private String subscriptionId;

  @BeforeAll
  void start() throws Exception {
    boolean browser = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    if (!browser) {
      String why = "browser tests need Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver): "
          + "apt-get install -y chromium chromium-driver";
      if ("true".equals(System.getenv("CI"))) {
        Assertions.fail(why + " (CI=true: not skipped)");
      }
      Assumptions.abort(why + "; skipped");
    }
    dir = Files.createTempDirectory("webpage-it");
    feeds = new FeedServer().serveRss("/baltic-wire.xml", Fixtures.text("feeds/baltic-wire.xml"));
    String feedHost = URI.create(feeds.url("/")).getAuthority();
    String yaml = """
        kafka:
          embedded: {dataDir: "%s", port: 0, controllerPort: 0}
        http: {port: 0, adminToken: "%s", apiToken: "web-read-token-0123456789"}
        poller:
          interval: 2s
          minInterval: 2s
          maxInterval: 2s
          firstPollMaxItemAge: 36500d
          fetch: {allowedHosts: ["%s"]}
        pipeline: {stateDir: "%s"}
        secrets: {keyFile: "%s"}
        alerts:
          apiTokens: {alice: "%s", bob: "%s"}
        feeds:
          - {name: Baltic Wire, url: "%s"}
        """.formatted(dir.resolve("kafka"), ADMIN, feedHost, dir.resolve("streams"), dir.resolve("secrets.key"),
        ALICE, BOB, feeds.url("/baltic-wire.xml"));
    NewswatchConfig config = new ConfigLoader(Map.of()).load(yaml, "WebPageIT");
    PrometheusRegistry registry = MetricsRegistries.newProcessRegistry();
    runtime = new NewswatchRuntime(config, EnumSet.allOf(NewswatchRuntime.Service.class), registry);
    ApiToken read = ApiToken.of(config.http().apiToken());
    ApiToken admin = ApiToken.of(ADMIN, "http.adminToken");
    FeedsApi feedsApi = new FeedsApi(read, admin, runtime::feedCatalog, runtime::feedRegistry,
        runtime::localFeedStatus, registry).withDiscovery(FeedsApi.fetcher(NewswatchRuntime.fetchConfig(config)));
    http = new OpsHttpServer("127.0.0.1", 0, registry, runtime, read, runtime.apiDocuments(), feedsApi);
    HttpApis.mount(http, config, runtime, admin, feedsApi, registry);
    runtime.start();
    base = "http://127.0.0.1:" + http.port();
    producer = new KafkaProducer<>(Map.of("bootstrap.servers", runtime.bootstrapServers()), new StringSerializer(),
        new ByteArraySerializer());

    System.setProperty("webdriver.chrome.driver", DRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1200,1400");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().implicitlyWait(Duration.ZERO);
  }

  @AfterAll
  void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (producer != null) {
      producer.close();
    }
    if (http != null) {
      http.close();
    }
    if (runtime != null) {
      runtime.close();
    }
    if (feeds != null) {
      feeds.close();
    }
  }

  @Test
  @Order(1)
  void signsInWithAnOwnerTokenAndRefusesAWrongOne() {
    driver.get(base + "/");
    assertThat(driver.getCurrentUrl()).endsWith("/signin");
    driver.findElement(By.id("token")).sendKeys("not-a-known-token-at-all");
    driver.findElement(By.id("signin")).click();
    assertThat(waitFor(By.id("signin-error")).getText()).contains("not known");
    signIn(ALICE);
    assertThat(driver.findElement(By.className("who")).getText()).isEqualTo("alice");
    assertThat(driver.findElements(By.linkText("Feeds"))).as("no feeds page for an owner").isEmpty();
    Cookie session = driver.manage().getCookieNamed("nw_session");
    assertThat(session.isHttpOnly()).isTrue();
    assertThat(session.getSameSite()).isEqualTo("Strict");
  }

  @Test
  @Order(2)
  void aPublishedStoryAppearsOnTheOpenBoardWithoutReload() throws Exception {
    driver.get(base + "/");
    waitFor(By.id("stories"));
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> "on".equals(
        d.findElement(By.id("stories")).getDomAttribute("data-live")));
    js("window.__notReloaded = 'yes';");
    String id = publish("Kestrel Bay ferry strike enters third day", List.of("sanctions"), "LT", 1, 2, List.of());
    WebElement card = new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> d.findElements(
        By.cssSelector("article.story[data-id='" + id + "']")).stream().findFirst().orElse(null));
    assertThat(card.getText()).contains("Kestrel Bay ferry strike", "2 independent outlets", "sanctions on LT",
        "Sanctions on");
    assertThat(card.getText()).as("a sanctions country is not the one acting").doesNotContain("Freed by");
    String pardon = publish("Minsk frees rights defender", List.of("pardon"), "BY", 1, 1, List.of(),
        java.util.UUID.randomUUID().toString().replace("-", ""),
        List.of(new dev.newswatch.model.Entity("person:bialiatski", "person", "Ales Bialiatski", "BY")));
    WebElement freed = new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> d.findElements(
        By.cssSelector("article.story[data-id='" + pardon + "']")).stream().findFirst().orElse(null));
    assertThat(freed.findElement(By.cssSelector(".tag .tag-country")).getText()).isEqualTo("freed by BY");
    assertThat(freed.getText()).contains("Freed by").doesNotContain("Sanctions on");
    String variants = freed.findElement(By.cssSelector(".person .variants")).getText();
    assertThat(variants).as("the gazetteer's spellings, Latin and Cyrillic").contains("Беляцк").containsPattern("Bia|Bya");
    assertThat(js("return window.__notReloaded;")).isEqualTo("yes");
  }

  @Test
  @Order(3)
  void aHostileTitleIsShownAsTextAndRunsNothing() throws Exception {
    driver.get(base + "/");
    waitFor(By.id("stories"));
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> "on".equals(
        d.findElement(By.id("stories")).getDomAttribute("data-live")));
    String id = publish("Harbour " + XSS, List.of("sanctions"), "LV", 1, 1, List.of());
    WebElement live = new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> d.findElements(
        By.cssSelector("article.story[data-id='" + id + "']")).stream().findFirst().orElse(null));
    new org.openqa.selenium.interactions.Actions(driver).moveToElement(live.findElement(By.tagName("h2"))).perform();
    driver.navigate().refresh();
    WebElement rendered = waitFor(By.cssSelector("article.story[data-id='" + id + "'] h2 a"));
    new org.openqa.selenium.interactions.Actions(driver).moveToElement(rendered).perform();
    assertThat(rendered.getText()).contains("<script>window.__xss=1</script>", "onmouseover=");
    assertThat(rendered.getDomAttribute("href")).as("a javascript: link is not kept").isEqualTo("#");
    assertThat(js("return typeof window.__xss;")).isEqualTo("undefined");
    assertThat(driver.findElements(By.cssSelector("article.story script"))).isEmpty();
  }

  @Test
  @Order(4)
  void editorValidatesAsYouTypePreviewsWithReasonsSavesAndTheAlertShowsInHistory() throws Exception {
    String storyId = publish("Pardon frees Kestrel harbour activists", List.of("pardon"), "BY", 2, 3, List.of());
    awaitStory(storyId);
    driver.get(base + "/subscriptions/new");
    WebElement query = waitFor(By.id("f-query"));
    query.sendKeys("title:(kestrel");
    WebElement status = driver.findElement(By.id("query-status"));
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> status.getText().startsWith("Line 1, column"));
    assertThat(driver.findElement(By.id("query-marker")).getText()).contains("title:(kestrel", "^");
    query.clear();
    query.sendKeys("title:kestrel AND tags:pardon");
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> status.getText().equals("Query is valid."));
    driver.findElement(By.id("f-id")).sendKeys("alice-kestrel");
    driver.findElement(By.id("f-name")).sendKeys("Kestrel pardons");
    new org.openqa.selenium.support.ui.Select(driver.findElement(By.cssSelector("tr.channel[data-index='0'] select")))
        .selectByValue("sse");
    shot("editor");
    driver.findElement(By.id("preview")).click();
    WebElement matches = waitFor(By.cssSelector("#preview-matches li.match"));
    assertThat(driver.findElement(By.id("preview-summary")).getText()).startsWith("1 of ");
    assertThat(matches.getText()).contains("Pardon frees Kestrel harbour activists").containsIgnoringCase("kestrel");
    scrollTo(By.id("preview-result"));
    shot("preview");
    driver.findElement(By.id("save")).click();
    new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.getCurrentUrl().endsWith("/subscriptions/alice-kestrel"));
    subscriptionId = "alice-kestrel";
    new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> "on".equals(
        d.findElement(By.id("history-live")).getDomAttribute("data-live")));
    assertThat(driver.findElements(By.cssSelector("li.alert"))).isEmpty();
    js("window.__notReloaded = 'history';");
    publish("Pardon frees Kestrel harbour activists", List.of("pardon"), "BY", 3, 4, List.of("new outlet wire.example"),
        storyId);
    // the alert appears, then turns delivered, on the open page: no reload
    new WebDriverWait(driver, Duration.ofSeconds(60)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> d.findElements(By.cssSelector("li.alert .state")).stream()
            .anyMatch(e -> e.getText().equals("delivered")));
    assertThat(js("return window.__notReloaded;")).isEqualTo("history");
    assertThat(driver.findElements(By.id("no-alerts"))).isEmpty();
    WebElement alert = driver.findElement(By.cssSelector("li.alert"));
    assertThat(alert.getText()).contains("Pardon frees Kestrel harbour activists", "Why:", "sse", "delivered");
    shot("history");
  }

  @Test
  @Order(5)
  void anotherOwnersSubscriptionIsNotReachableByUrl() throws Exception {
    assertThat(subscriptionId).as("made by the editor test").isNotNull();
    driver.manage().deleteAllCookies();
    signIn(BOB);
    driver.get(base + "/subscriptions/" + subscriptionId);
    assertThat(driver.findElement(By.id("message")).getText()).contains("no such subscription");
    driver.get(base + "/subscriptions/" + subscriptionId + "/edit");
    assertThat(driver.findElement(By.id("message")).getText()).contains("no such subscription");
    Object status = ((JavascriptExecutor) driver).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "fetch('/api/v1/subscriptions/" + subscriptionId + "').then(r => done(r.status));");
    assertThat(((Number) status).intValue()).isEqualTo(404);
    driver.get(base + "/subscriptions");
    assertThat(driver.findElements(By.cssSelector("[data-id='" + subscriptionId + "']"))).isEmpty();
  }

  @Test
  @Order(6)
  void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
    driver.manage().deleteAllCookies();
    signIn(ALICE);
    String cookie = "nw_session=" + driver.manage().getCookieNamed("nw_session").getValue();
    HttpClient client = HttpClient.newHttpClient();
    HttpResponse<String> create = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/subscriptions"))
        .header("Cookie", cookie).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"id\":\"csrf-less\",\"query\":\"x\"}")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(create.statusCode()).isEqualTo(403);
    assertThat(create.body()).contains("CSRF");
    HttpResponse<String> signOut = client.send(HttpRequest.newBuilder(URI.create(base + "/signout"))
        .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("csrf=wrong")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(signOut.statusCode()).isEqualTo(403);
    HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base + "/"))
        .header("Cookie", cookie).GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).as("the session still works").isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/subscriptions")).GET().build(),
        HttpResponse.BodyHandlers.ofString()).statusCode()).as("no session, no token").isEqualTo(401);
  }

  @Test
  @Order(7)
  void adminSeesTheFeedsPageWhereAHostileFeedNameIsText() throws Exception {
    driver.manage().deleteAllCookies();
    signIn(ADMIN);
    HttpResponse<String> added = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/v1/feeds"))
        .header("Authorization", "Bearer " + ADMIN).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(dev.newswatch.model.JsonCodec.mapper().writeValueAsString(
            Map.of("url", feeds.url("/hostile.xml"), "name", XSS)))).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(added.statusCode()).isEqualTo(201);
    driver.get(base + "/feeds");
    WebElement name = new WebDriverWait(driver, Duration.ofSeconds(20), Duration.ofSeconds(1)).until(d -> {
      d.navigate().refresh();
      return d.findElements(By.className("feed-name")).stream().filter(e -> e.getText().contains("<script>"))
          .findFirst().orElse(null);
    });
    new org.openqa.selenium.interactions.Actions(driver).moveToElement(name).perform();
    assertThat(name.getText()).isEqualTo(XSS);
    assertThat(js("return typeof window.__xss;")).isEqualTo("undefined");
    driver.findElement(By.id("feed-url")).sendKeys(feeds.url("/another.xml"));
    driver.findElement(By.id("feed-name")).sendKeys("Another feed");
    driver.findElement(By.cssSelector("#add-feed button")).click();
    new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> d.findElements(By.className("feed-name")).stream().anyMatch(e -> e.getText().equals("Another feed")));

    feeds.serve("/site.html", "<!DOCTYPE html><html><head><title>Site</title><link rel=\"alternate\" "
        + "type=\"application/rss+xml\" href=\"/discovered.xml\"></head><body>site</body></html>", "text/html");
    driver.findElement(By.id("discover-url")).sendKeys(feeds.url("/site.html"));
    driver.findElement(By.cssSelector("#discover-feeds button")).click();
    WebElement add = waitFor(By.cssSelector("#discovered-list button.add-discovered"));
    assertThat(add.getDomAttribute("data-url")).isEqualTo(feeds.url("/discovered.xml"));
    add.click();
    new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> d.findElements(By.cssSelector("table.feeds .sub")).stream()
            .anyMatch(e -> e.getText().endsWith("/discovered.xml")));

    Path opml = dir.resolve("reader-export.opml");
    Files.writeString(opml, """
        <?xml version="1.0"?><opml version="2.0"><head><title>reader</title></head><body>
        <outline text="News"><outline type="rss" text="Imported Wire" xmlUrl="%s"/></outline>
        <outline type="rss" text="Baltic again" xmlUrl="%s"/>
        <outline type="rss" text="Local file" xmlUrl="file:///etc/passwd"/>
        </body></opml>""".formatted(feeds.url("/imported.xml"), feeds.url("/baltic-wire.xml")));
    driver.findElement(By.id("opml-file")).sendKeys(opml.toString());
    driver.findElement(By.cssSelector("#import-opml button")).click();
    waitFor(By.cssSelector("#import-result:not([hidden])"));
    assertThat(driver.findElement(By.id("import-summary")).getText())
        .isEqualTo("3 feeds listed: 1 added, 1 already present, 1 refused.");
    List<WebElement> rows = driver.findElements(By.cssSelector("#import-table tbody tr"));
    assertThat(rows).extracting(r -> r.getDomAttribute("data-outcome")).containsExactly("added", "exists", "refused");
    assertThat(rows.get(0).getText()).contains("Imported Wire");
    assertThat(rows.get(2).getText()).contains("http");
    assertThat(driver.findElement(By.id("export-opml")).getDomAttribute("href")).isEqualTo("/api/v1/feeds.opml");
    Object exported = ((JavascriptExecutor) driver).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "fetch('/api/v1/feeds.opml').then(r => r.text()).then(done);");
    assertThat((String) exported).contains("<opml version=\"2.0\">", feeds.url("/imported.xml"),
        feeds.url("/discovered.xml"));
    driver.get(base + "/");
    waitFor(By.id("stories"));
    shot("board");
  }

  /** Every control's accessible name, as a screen reader finds it: a label, aria-label(ledby) or text. */
  private static final String UNLABELLED = """
      const nameOf = (el) => {
        if (el.labels && [...el.labels].some(l => l.textContent.trim())) return true;
        if ((el.getAttribute('aria-label') || '').trim()) return true;
        const by = el.getAttribute('aria-labelledby');
        if (by && by.split(/\\s+/).some(id => (document.getElementById(id)?.textContent || '').trim())) return true;
        if (el.tagName === 'BUTTON' && el.textContent.trim()) return true;
        return false;
      };
      return [...document.querySelectorAll('input, select, textarea, button')]
        .filter(el => el.type !== 'hidden')
        .filter(el => !nameOf(el))
        .map(el => el.outerHTML.slice(0, 120));
      """;

  @Test
  @Order(8)
  void everyFormControlOnEveryPageHasALabel() throws Exception {
    assertThat(subscriptionId).as("made by the editor test").isNotNull();
    driver.manage().deleteAllCookies();
    driver.get(base + "/signin");
    assertThat(js(UNLABELLED)).as("sign-in").asList().isEmpty();
    signIn(ADMIN);
    for (String page : List.of("/", "/subscriptions", "/subscriptions/new", "/subscriptions/" + subscriptionId,
        "/subscriptions/" + subscriptionId + "/edit", "/feeds")) {
      driver.get(base + page);
      waitFor(By.id("main"));
      assertThat(driver.findElements(By.cssSelector("input, select, textarea"))).as(page + " has controls").isNotEmpty();
      assertThat(js(UNLABELLED)).as("controls without a label on " + page).asList().isEmpty();
    }
    // the check finds a control without one
    js("const i = document.createElement('input'); i.id = 'probe'; document.getElementById('main').appendChild(i);");
    assertThat(js(UNLABELLED)).asList().singleElement().asString().contains("probe");
  }

  @Test
  @Order(9)
  void theBoardFitsAPhoneScreen() throws Exception {
    driver.manage().deleteAllCookies();
    signIn(ALICE);
    ChromeDriver chrome = (ChromeDriver) driver;
    chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
    try {
      for (String page : List.of("/", "/subscriptions/new", "/subscriptions/" + subscriptionId)) {
        driver.get(base + page);
        waitFor(By.id("main"));
        Object width = js("return document.documentElement.scrollWidth;");
        Object wide = js("return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 391)"
            + ".map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).slice(0, 8);");
        assertThat(((Number) width).intValue()).as(page + ": no sideways scrolling at 390 px; too wide: " + wide)
            .isLessThanOrEqualTo(390);
      }
      driver.get(base + "/");
      waitFor(By.cssSelector("article.story"));
      shot("board-phone");
    } finally {
      chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }
  }

  private void signIn(String token) {
    driver.get(base + "/signin");
    driver.findElement(By.id("token")).sendKeys(token);
    driver.findElement(By.id("signin")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().equals(base + "/"));
  }

  private WebElement waitFor(By by) {
    return new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElements(by).stream().findFirst()
        .orElse(null));
  }

  private Object js(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  private void scrollTo(By by) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView();", driver.findElement(by));
  }

  private void awaitStory(String id) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (System.nanoTime() < end) {
      HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/stories?limit=500"))
          .header("Authorization", "Bearer " + ALICE).build(), HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() == 200 && r.body().contains(id)) {
        return;
      }
      Thread.sleep(500);
    }
    throw new AssertionError("story " + id + " not on /api/v1/stories");
  }

  /** Light and dark screenshots of the current page into the directory -Dnewswatch.screenshots names. */
  private void shot(String name) throws Exception {
    String target = System.getProperty("newswatch.screenshots");
    if (target == null || target.isBlank()) {
      return;
    }
    ChromeDriver chrome = (ChromeDriver) driver;
    for (String scheme : List.of("light", "dark")) {
      chrome.executeCdpCommand("Emulation.setEmulatedMedia",
          Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
      Thread.sleep(200);
      Path out = Path.of(target).resolve("web-" + name + "-" + scheme + ".png");
      Files.createDirectories(out.getParent());
      Files.write(out, chrome.getScreenshotAs(OutputType.BYTES));
    }
    chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
  }

  private String publish(String title, List<String> tags, String country, int revision, int outlets,
      List<String> changes) throws Exception {
    byte[] idBytes = new byte[16];
    ThreadLocalRandom.current().nextBytes(idBytes);
    return publish(title, tags, country, revision, outlets, changes, HexFormat.of().formatHex(idBytes));
  }

  private String publish(String title, List<String> tags, String country, int revision, int outlets,
      List<String> changes, String id) throws Exception {
    return publish(title, tags, country, revision, outlets, changes, id, List.of());
  }

  private String publish(String title, List<String> tags, String country, int revision, int outlets,
      List<String> changes, String id, List<dev.newswatch.model.Entity> entities) throws Exception {
    Instant now = Instant.now();
    List<Story.Source> sources = new java.util.ArrayList<>();
    for (int i = 0; i < outlets; i++) {
      sources.add(new Story.Source("outlet" + i + ".example", i == 0 ? "javascript:window.__xss=3"
          : "https://outlet" + i + ".example/a/" + id, id + i, title, now, null));
    }
    Story story = new Story(id, revision, title, "Summary of " + title, sources.get(0).url(),
        now.minusSeconds(600), now, outlets, sources,
        tags.stream().map(t -> new Tag(t, List.of(title), country, 0.9, null)).toList(), entities, null,
        List.of("en"), changes, now);
    producer.send(new ProducerRecord<>(Topics.STORIES, id, Topics.storySerde().serializer().serialize(Topics.STORIES,
        story))).get();
    return id;
  }
}
