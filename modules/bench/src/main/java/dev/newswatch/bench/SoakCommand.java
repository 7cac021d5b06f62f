package dev.newswatch.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.newswatch.alerts.match.SubscriptionIndex;
import dev.newswatch.model.Subscription;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code newswatch soak}: the services as separate OS processes (the broker, two pollers, the pipeline and
 * the alerts service) against a local feed server that publishes realistic news at a set rate and a local
 * webhook receiver that checks every signature, with {@code --subscriptions} subscriptions (queries,
 * watchlists, digests). While it runs it kills a random part with SIGKILL at random moments and starts it
 * again, breaks feeds for a while and makes the receiver fail (500, 429 with Retry-After, answers after
 * the sender's timeout). At the end it reads every topic and the receiver's record and prints what was
 * offered, published, lost and duplicated, the alerts the same matcher expects from the stories and
 * whether each was delivered, in order, the recovery time after each kill, latency outside the faults and
 * each process's memory. The exit status is 0 only when nothing was lost, duplicated or reordered and every
 * kill recovered within {@code --max-recovery}. {@code --seed} makes a run's plan (what is killed when,
 * which news, which faults) repeat.
 */
@Command(name = "soak", mixinStandardHelpOptions = true,
    description = "Chaos soak: every service as its own process under load, killed and restarted at random; "
        + "counts every article and alert.")
public final class SoakCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--minutes", description = "How long news is published (default ${DEFAULT-VALUE}).")
  double minutes = 10;

  @Option(names = "--kills", description = "Processes killed with SIGKILL during the run (default ${DEFAULT-VALUE}).")
  int kills = 20;

  @Option(names = "--seed", description = "Seed of the plan and the news (default: random; printed).")
  Long seed;

  @Option(names = "--rate", description = "Articles published per second (default ${DEFAULT-VALUE}).")
  double rate = 2;

  @Option(names = "--feeds", description = "Feeds served (default ${DEFAULT-VALUE}).")
  int feeds = 24;

  @Option(names = "--subscriptions", description = "Subscriptions (default ${DEFAULT-VALUE}).")
  int subscriptions = 1000;

  /** Durations as in the configuration files: "30s", "2m", "500ms", or ISO-8601. */
  static final class DurationText implements picocli.CommandLine.ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      return dev.newswatch.app.config.ConfigLoader.parseDuration(value);
    }
  }

  @Option(names = "--max-recovery", converter = DurationText.class,
      description = "Longest allowed kill → first new alert, e.g. 15s (default ${DEFAULT-VALUE}).")
  Duration maxRecovery = Duration.ofSeconds(15);

  @Option(names = "--dir", description = "Working directory; emptied first (default ${DEFAULT-VALUE}).")
  Path dir = Path.of("data", "soak");

  @Option(names = "--json", description = "Also print the results as one JSON object.")
  boolean json;

  @Option(names = "--brokers", description = "Kafka nodes: 1 (the embedded broker) or 3 (a KRaft cluster of three "
      + "node processes, topics replicated 3 times with min.insync.replicas 2; every other broker kill hits the "
      + "active controller) (default ${DEFAULT-VALUE}).")
  int brokers = 1;

  @Option(names = "--max-stall", converter = DurationText.class, description = "With --brokers 3: longest allowed time without any alert reaching "
      + "the receiver while news is published (default ${DEFAULT-VALUE}).")
  Duration maxStall = Duration.ofSeconds(30);

  @Option(names = "--jvm-cache", description = "Directory of the services' JVM start-up caches (trained by a short "
      + "run of their own when missing, then reused), or off (default ${DEFAULT-VALUE}).")
  String jvmCache = "data/jvm-cache/soak";

  /** @param controller whether the victim was the active controller when it was killed (3 brokers) */
  private record Kill(String victim, Instant at, Instant restarted, Instant ready, boolean controller) {}

  private record Window(Instant from, Instant to, String what) {}

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    long s = seed == null ? new SplittableRandom().nextLong(1, 1_000_000) : seed;
    SplittableRandom random = new SplittableRandom(s);
    out.printf("soak: seed %d, %.1f min, %d kills, %.1f articles/s, %d feeds, %d subscriptions, dir %s%n", s, minutes,
        kills, rate, feeds, subscriptions, dir.toAbsolutePath());
    out.flush();
    deleteTree(dir);
    Files.createDirectories(dir);
    String secretSeed = HexFormat.of().formatHex(sha256("soak-" + s + "-" + System.nanoTime()));
    java.util.function.Function<String, String> secretOf = id -> HexFormat.of().formatHex(sha256(secretSeed + id))
        .substring(0, 40);
    List<ScheduledExecutorService> executors = new ArrayList<>();
    List<SoakProcess> processes = new ArrayList<>();
    try (SoakNews news = new SoakNews(random.nextLong(), feeds, 6_000);
         SoakReceiver receiver = new SoakReceiver(secretOf, 4_000)) {
      if (brokers != 1 && brokers != 3) {
        out.println("soak: --brokers is 1 or 3");
        return 2;
      }
      List<SoakProcess> brokerProcesses = new ArrayList<>();
      String bootstrap;
      if (brokers == 1) {
        Map.Entry<SoakProcess, String> single = singleBroker(dir, secretSeed);
        bootstrap = single.getValue();
        brokerProcesses.add(single.getKey());
      } else {
        // Three node processes of one KRaft cluster, each broker and controller, each with its own storage.
        int[] clientPorts = new int[brokers];
        StringBuilder quorum = new StringBuilder();
        StringBuilder servers = new StringBuilder();
        for (int i = 0; i < brokers; i++) {
          clientPorts[i] = freePort();
          quorum.append(i == 0 ? "" : ",").append(i + 1).append("@127.0.0.1:").append(freePort());
          servers.append(i == 0 ? "" : ",").append("127.0.0.1:").append(clientPorts[i]);
        }
        bootstrap = servers.toString();
        for (int i = 0; i < brokers; i++) {
          int id = i + 1;
          brokerProcesses.add(new SoakProcess("broker-" + id, dir.resolve("broker-" + id).toAbsolutePath(),
              List.of("broker", "--node-id", "" + id, "--quorum", quorum.toString(), "--port", "" + clientPorts[i],
                  "--data-dir", "data/kafka", "--exit-with-parent"),
              Map.of(), "512m", -1, "newswatch broker node " + id + " ready"));
        }
      }
      Instant digestBase = Instant.now().plusSeconds(90 + (long) (minutes * 30));
      int digestMinute = digestBase.atZone(ZoneOffset.UTC).getMinute();
      List<Subscription> subs = SoakSubscriptions.make(random.nextLong(), subscriptions, digestMinute,
          receiver::url, secretOf);
      Path config = dir.resolve("soak.yaml");
      String signingKey = Base64.getEncoder().encodeToString(sha256("key-" + secretSeed));
      Files.writeString(config, SoakSubscriptions.config(bootstrap, news, receiver.port(), subs, signingKey),
          StandardCharsets.UTF_8);
      processes.addAll(brokerProcesses);
      for (String name : List.of("pipeline", "alerts", "poller-1", "poller-2")) {
        processes.add(service(name, name.startsWith("poller") ? "poller" : name, dir, config));
      }
      JvmCache cache = new JvmCache("off".equals(jvmCache) ? null : Path.of(jvmCache).toAbsolutePath(),
          System.getProperty("java.class.path"));
      String cacheState = trainCache(cache, out, secretSeed, secretOf, signingKey, digestMinute);
      for (SoakProcess p : processes) {
        p.jvmFlags = cache.use(p.command());
      }
      Instant t0 = Instant.now();
      // The nodes of a cluster start together: none is ready before a majority of the quorum runs.
      for (SoakProcess p : brokerProcesses) {
        p.start();
      }
      for (SoakProcess p : processes) {
        if (!brokerProcesses.contains(p)) {
          p.start();
        }
        if (!p.awaitReady(Duration.ofSeconds(120))) {
          out.println("soak: " + p.name + " did not become ready; see " + p.dir().resolve("process.log"));
          return 2;
        }
        out.printf("soak: %s ready after %.1f s%n", p.name, secondsSince(t0));
        out.flush();
      }

      // The plan: kills spread over the run after a warm-up, receiver stalls and broken feeds between them.
      Instant offerStart = Instant.now();
      long runMillis = (long) (minutes * 60_000);
      long warm = Math.min(30_000, runMillis / 6);
      long lastKill = runMillis - Math.min(20_000, runMillis / 8);
      List<String> victims = new ArrayList<>(processes.stream().map(p -> p.name).toList());
      List<String> order = new ArrayList<>();
      while (order.size() < kills) {
        List<String> round = new ArrayList<>(victims);
        Collections.shuffle(round, new java.util.Random(random.nextLong()));
        order.addAll(round);
      }
      List<Long> killTimes = new ArrayList<>();
      double gap = kills == 0 ? 0 : (double) (lastKill - warm) / kills;
      for (int i = 0; i < kills; i++) {
        killTimes.add(warm + (long) (i * gap + random.nextDouble() * gap * 0.5));
      }
      List<Kill> killed = Collections.synchronizedList(new ArrayList<>());
      List<Window> stalls = Collections.synchronizedList(new ArrayList<>());
      List<Window> breaks = Collections.synchronizedList(new ArrayList<>());

      ScheduledExecutorService publisher = Executors.newSingleThreadScheduledExecutor();
      ScheduledExecutorService chaos = Executors.newSingleThreadScheduledExecutor();
      ScheduledExecutorService faults = Executors.newSingleThreadScheduledExecutor();
      executors.addAll(List.of(publisher, chaos, faults));
      long periodMicros = (long) (1_000_000 / rate);
      publisher.scheduleAtFixedRate(() -> news.publish(Instant.now()), 0, periodMicros, TimeUnit.MICROSECONDS);

      Map<String, SoakProcess> byName = new LinkedHashMap<>();
      processes.forEach(p -> byName.put(p.name, p));
      int[] brokerKills = {0};
      for (int i = 0; i < kills; i++) {
        String planned = order.get(i);
        long delayMillis = 500 + random.nextInt(2500);
        chaos.schedule(() -> {
          String victim = planned;
          boolean controller = false;
          if (brokers > 1 && victim.startsWith("broker-") && brokerKills[0]++ % 2 == 0) {
            // Every other broker kill hits whichever node is the active controller at that moment.
            Integer leader = activeController(bootstrap);
            if (leader != null) {
              victim = "broker-" + leader;
              controller = true;
            }
          } else if (brokers > 1 && victim.startsWith("broker-")) {
            controller = Integer.valueOf(victim.substring("broker-".length())).equals(activeController(bootstrap));
          }
          SoakProcess p = byName.get(victim);
          p.underChaos = true;
          try {
            Instant at = Instant.now();
            p.kill();
            Thread.sleep(delayMillis);
            Instant restarted = Instant.now();
            p.start();
            boolean ok = p.awaitReady(Duration.ofSeconds(120));
            killed.add(new Kill(victim, at, restarted, ok ? Instant.now() : null, controller));
          } catch (Exception e) {
            killed.add(new Kill(victim, Instant.now(), null, null, controller));
          } finally {
            p.underChaos = false;
          }
        }, killTimes.get(i), TimeUnit.MILLISECONDS);
      }
      // Supervisor: a process that ends on its own (not killed by the plan) is a failure of the run; it is
      // counted, named, and started again so that the rest of the run still means something.
      ScheduledExecutorService supervisor = Executors.newSingleThreadScheduledExecutor();
      executors.add(supervisor);
      supervisor.scheduleWithFixedDelay(() -> {
        for (SoakProcess p : processes) {
          if (!p.underChaos && !p.alive()) {
            synchronized (p) {
              if (p.underChaos || p.alive()) {
                continue;
              }
              p.unexpectedExits++;
              out.printf("soak: %s ended on its own (see %s); starting it again%n", p.name,
                  p.dir().resolve("process.log"));
              out.flush();
              try {
                p.start();
              } catch (IOException e) {
                out.println("soak: cannot start " + p.name + " again: " + e.getMessage());
              }
            }
          }
        }
      }, 1, 1, TimeUnit.SECONDS);
      // Receiver stalls in every other gap between kills, feeds broken now and then.
      SoakReceiver.Mode[] modes = {SoakReceiver.Mode.ERROR_500, SoakReceiver.Mode.TOO_MANY, SoakReceiver.Mode.TIMEOUT};
      for (int i = 0; i + 1 < killTimes.size(); i += 2) {
        long from = (killTimes.get(i) + killTimes.get(i + 1)) / 2;
        long length = Math.min(10_000, Math.max(3_000, (killTimes.get(i + 1) - killTimes.get(i)) / 4));
        SoakReceiver.Mode mode = modes[random.nextInt(modes.length)];
        faults.schedule(() -> receiver.mode(mode), from, TimeUnit.MILLISECONDS);
        faults.schedule(() -> receiver.mode(SoakReceiver.Mode.OK), from + length, TimeUnit.MILLISECONDS);
        stalls.add(new Window(offerStart.plusMillis(from), offerStart.plusMillis(from + length + 2_000),
            "receiver " + mode.name().toLowerCase(java.util.Locale.ROOT)));
      }
      for (long t = warm / 2; t < runMillis - 20_000; t += 25_000 + random.nextInt(20_000)) {
        int feed = random.nextInt(feeds);
        long length = 10_000 + random.nextInt(20_000);
        faults.schedule(() -> news.breakFeed(feed), t, TimeUnit.MILLISECONDS);
        faults.schedule(() -> news.heal(feed), t + length, TimeUnit.MILLISECONDS);
        Window w = new Window(offerStart.plusMillis(t), offerStart.plusMillis(t + length + 10_000), "feed " + feed);
        breaks.add(w);
      }
      Map<String, long[]> rss = new LinkedHashMap<>();
      ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
      executors.add(sampler);
      sampler.scheduleAtFixedRate(() -> {
        for (SoakProcess p : processes) {
          long kb = p.rssKb();
          if (kb <= 0) {
            continue;
          }
          synchronized (rss) {
            long[] r = rss.computeIfAbsent(p.name, k -> new long[] {-1, -1, 0});
            if (p.startedAt != null && Duration.between(p.startedAt, Instant.now()).toSeconds() >= 40
                && r[2] != p.starts) {
              r[0] = kb;
              r[2] = p.starts;
            }
            r[1] = kb;
          }
        }
      }, 5, 5, TimeUnit.SECONDS);

      // Progress while it runs.
      while (Duration.between(offerStart, Instant.now()).toMillis() < runMillis) {
        Thread.sleep(Math.min(15_000, Math.max(1, runMillis - Duration.between(offerStart, Instant.now()).toMillis())));
        out.printf("soak: %4.0f s  offered %d  alerts received %d  kills %d/%d%n", secondsSince(offerStart),
            news.offered().size(), receiver.count(), killed.size(), kills);
        out.flush();
      }
      publisher.shutdown();
      publisher.awaitTermination(10, TimeUnit.SECONDS);
      Instant offerEnd = Instant.now();
      chaos.shutdown();
      chaos.awaitTermination(180, TimeUnit.SECONDS);
      faults.shutdownNow();
      receiver.mode(SoakReceiver.Mode.OK);
      for (int k = 0; k < feeds; k++) {
        news.heal(k);
      }
      // Drain: until every process is ready and no alert arrived for 20 s (at most 3 minutes).
      out.println("soak: news stopped; draining");
      out.flush();
      Instant drainStart = Instant.now();
      int last = -1;
      Instant quietSince = Instant.now();
      while (Duration.between(drainStart, Instant.now()).toSeconds() < 180) {
        Thread.sleep(2_000);
        int n = receiver.count();
        boolean allReady = processes.stream().allMatch(SoakProcess::ready);
        if (n != last || !allReady) {
          last = n;
          quietSince = Instant.now();
        } else if (Duration.between(quietSince, Instant.now()).toSeconds() >= 20) {
          break;
        }
      }
      sampler.shutdownNow();
      supervisor.shutdownNow();
      supervisor.awaitTermination(10, TimeUnit.SECONDS);
      Instant auditAt = Instant.now();
      SoakAudit.Result audit;
      try (SubscriptionIndex index = new SubscriptionIndex()) {
        index.putAll(subs);
        audit = SoakAudit.run(bootstrap, news.offered(), receiver.receipts(), subs, index, auditAt, news::served,
            news::feedUrl);
      }
      // Recovery per kill: from the kill to the first alert created after it reaching the receiver. After a
      // pipeline kill the alert must also be of a story revision the pipeline wrote after the kill: the alerts
      // service still matches what the killed pipeline committed just before, which says nothing of its return.
      List<Map<String, Object>> killRows = new ArrayList<>();
      List<Double> recoveries = new ArrayList<>();
      List<Window> faultWindows = new ArrayList<>(stalls);
      boolean allRecovered = true;
      List<SoakReceiver.Receipt> firsts = audit.firstReceipts();
      for (Kill k : killed) {
        Double recovery = null;
        SoakReceiver.Receipt recoveredBy = null;
        for (SoakReceiver.Receipt r : firsts) {
          if (r.receivedAt().isAfter(k.at()) && r.createdAt() != null && r.createdAt().isAfter(k.at())
              && (!k.victim().equals("pipeline") || writtenAfter(audit.stages(), r, k.at()))) {
            recovery = Duration.between(k.at(), r.receivedAt()).toMillis() / 1000.0;
            recoveredBy = r;
            break;
          }
        }
        if (recovery == null || recovery > maxRecovery.toMillis() / 1000.0 || k.ready() == null) {
          allRecovered = false;
        }
        if (recovery != null) {
          recoveries.add(recovery);
        }
        faultWindows.add(new Window(k.at(), recovery == null ? auditAt : k.at().plusMillis((long) (recovery * 1000) + 2_000),
            "kill " + k.victim()));
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("victim", k.victim());
        row.put("atSecond", Math.round(Duration.between(offerStart, k.at()).toMillis() / 100.0) / 10.0);
        row.put("at", k.at().toString());
        row.put("readySeconds", k.ready() == null ? null
            : Math.round(Duration.between(k.at(), k.ready()).toMillis() / 100.0) / 10.0);
        row.put("recoverySeconds", recovery);
        row.put("timeline", timeline(k, audit.stages(), recoveredBy));
        if (brokers > 1 && k.victim().startsWith("broker-")) {
          row.put("activeController", k.controller());
        }
        killRows.add(row);
      }
      // Latency outside the faults: the newest article of the alerted story revision offered → alert received.
      List<Double> latencies = new ArrayList<>();
      for (SoakReceiver.Receipt r : firsts) {
        Instant offeredAt = audit.revisionOffered().get(r.storyId() + "|" + r.revision());
        if (offeredAt == null || r.digest()) {
          continue;
        }
        boolean faulty = faultWindows.stream().anyMatch(w -> overlaps(w, offeredAt, r.receivedAt()))
            || breaks.stream().anyMatch(w -> overlaps(w, offeredAt, r.receivedAt()));
        if (!faulty) {
          latencies.add(Duration.between(offeredAt, r.receivedAt()).toMillis() / 1000.0);
        }
      }
      Collections.sort(latencies);
      Collections.sort(recoveries);

      Map<String, Object> result = new LinkedHashMap<>();
      result.put("jvmCache", cacheState);
      result.put("seed", s);
      result.put("minutes", minutes);
      result.put("rate", rate);
      result.put("subscriptions", subs.size());
      result.put("articles", audit.articles());
      result.put("alerts", audit.alerts());
      result.put("receiver", Map.of("requests", receiver.requests.get(), "refusedOnPurpose", receiver.refused.get(),
          "badSignatures", receiver.badSignatures.get(), "unreadable", receiver.unreadable.get()));
      result.put("feedServer", Map.of("feedRequests", news.feedRequests.get(), "faultyAnswers", news.faultyAnswers.get(),
          "feedBreaks", breaks.size(), "receiverStalls", stalls.size()));
      result.put("kills", killRows);
      result.put("recoverySeconds", Map.of("p50", pct(recoveries, 0.5), "p99", pct(recoveries, 0.99),
          "max", recoveries.isEmpty() ? 0 : recoveries.getLast()));
      result.put("latencySeconds", Map.of("count", latencies.size(), "p50", pct(latencies, 0.5),
          "p99", pct(latencies, 0.99), "max", latencies.isEmpty() ? 0 : latencies.getLast()));
      Map<String, Object> procs = new LinkedHashMap<>();
      int unexpected = 0;
      for (SoakProcess p : processes) {
        long[] r = rss.getOrDefault(p.name, new long[] {-1, -1, 0});
        long[] errs = p.errorLines();
        procs.put(p.name, Map.of("starts", p.starts, "rssAfterStartMb", r[0] / 1024, "rssEndMb", r[1] / 1024,
            "errorLines", errs[0], "stackTraceLines", errs[1], "unexpectedExits", p.unexpectedExits));
        unexpected += p.unexpectedExits;
      }
      result.put("processes", procs);
      // The longest time without any alert reaching the receiver while news was published.
      double longestGap = longestGap(receiver.receipts(), offerStart, offerEnd);
      result.put("longestAlertGapSeconds", longestGap);
      result.put("brokers", brokers);
      boolean ok = audit.clean() && allRecovered && receiver.badSignatures.get() == 0 && killed.size() == kills
          && unexpected == 0 && (brokers == 1 || longestGap <= maxStall.toMillis() / 1000.0);
      result.put("passed", ok);
      result.put("offerSeconds", Math.round(Duration.between(offerStart, offerEnd).toMillis() / 1000.0));
      for (SoakProcess p : processes) {
        p.stop(Duration.ofSeconds(20));
      }
      processes.clear();
      printTable(out, result);
      if (json) {
        out.println(new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS).writeValueAsString(result));
      }
      try (var w = Files.newBufferedWriter(dir.resolve("receipts.jsonl"))) {
        ObjectMapper m = dev.newswatch.model.JsonCodec.mapper();
        for (SoakReceiver.Receipt r : receiver.receipts()) {
          w.write(m.writeValueAsString(r));
          w.newLine();
        }
      }
      Files.writeString(dir.resolve("result.json"), new ObjectMapper().writerWithDefaultPrettyPrinter()
          .writeValueAsString(result));
      out.flush();
      return ok ? 0 : 1;
    } finally {
      executors.forEach(ScheduledExecutorService::shutdownNow);
      for (SoakProcess p : processes) {
        p.kill();
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static void printTable(PrintWriter out, Map<String, Object> r) {
    Map<String, Object> a = (Map<String, Object>) r.get("articles");
    Map<String, Object> al = (Map<String, Object>) r.get("alerts");
    out.println();
    out.printf("%-46s %s%n", "articles offered by the feed server", a.get("offered"));
    out.printf("%-46s %s%n", "  published to articles.raw.v1 (records)", a.get("rawRecords"));
    out.printf("%-46s %s%n", "  in articles.v1 (distinct)", a.get("inArticles"));
    out.printf("%-46s %s%n", "  lost", a.get("lost"));
    if (a.get("lostExplained") instanceof List<?> explained) {
      explained.forEach(line -> out.printf("    %s%n", line));
    }
    out.printf("%-46s %s%n", "  restated (new dupOf/storyId, by design)", a.get("restated"));
    out.printf("%-46s %s%n", "  duplicates in articles.v1", a.get("duplicates"));
    out.printf("%-46s %s%n", "stories", al.get("stories"));
    out.printf("%-46s %s%n", "alerts expected by the matcher (sub, story)", al.get("expectedPairs"));
    out.printf("%-46s %s%n", "  not in alerts.v1", al.get("expectedMissing"));
    out.printf("%-46s %s%n", "alerts in alerts.v1", al.get("inTopic"));
    out.printf("%-46s %s%n", "  delivered", al.get("delivered"));
    out.printf("%-46s %s%n", "  waiting for their digest slot", al.get("digestPending"));
    out.printf("%-46s %s%n", "  dead-lettered", al.get("deadLettered"));
    out.printf("%-46s %s%n", "  lost", al.get("lost"));
    out.printf("%-46s %s%n", "  delivered twice, same id", al.get("deliveredTwice"));
    out.printf("%-46s %s%n", "  order violations", al.get("orderViolations"));
    out.printf("%-46s %s%n", "receiver", r.get("receiver"));
    out.printf("%-46s %s%n", "feed server", r.get("feedServer"));
    out.printf("%-46s %s%n", "recovery after a kill (s)", r.get("recoverySeconds"));
    out.printf("%-46s %s%n", "publish → webhook outside faults (s)", r.get("latencySeconds"));
    out.printf("%-46s %s%n", "longest time without an alert (s)", r.get("longestAlertGapSeconds"));
    out.println("kills:");
    for (Map<String, Object> k : (List<Map<String, Object>>) r.get("kills")) {
      out.printf("  %-9s at %6.1f s  ready after %s s  first new alert after %s s%s%n", k.get("victim"),
          k.get("atSecond"), k.get("readySeconds"), k.get("recoverySeconds"),
          Boolean.TRUE.equals(k.get("activeController")) ? "  (active controller)" : "");
      if (k.get("timeline") instanceof Map<?, ?> t) {
        out.printf("            restarted %s, ready %s; first fetched %s, tagged %s, story %s, alert created %s; "
            + "the recovering alert created %s, received %s%n", t.get("restarted"), t.get("ready"), t.get("fetched"),
            t.get("tagged"), t.get("storyUpdated"), t.get("alertCreated"), t.get("recoveryAlertCreated"),
            t.get("recoveryAlertReceived"));
      }
    }
    out.println("processes:");
    ((Map<String, Object>) r.get("processes")).forEach((name, v) -> out.printf("  %-9s %s%n", name, v));
    out.println("soak " + (Boolean.TRUE.equals(r.get("passed")) ? "PASSED" : "FAILED") + " (seed " + r.get("seed") + ")");
  }

  /** Whether the story revision {@code r} alerts of was first written after {@code at}. */
  private static boolean writtenAfter(SoakAudit.Stages stages, SoakReceiver.Receipt r, Instant at) {
    Instant written = stages.revisionWritten(r.storyId(), r.revision());
    return written != null && written.isAfter(at);
  }

  /**
   * Where the time after a kill went, in seconds after it: the restart, ready again, the first record each
   * stage stamped after the kill (a poller's fetch, the pipeline's tagging and story update, the alerts'
   * match), and the alert that ended the recovery: when it was created and received. A stage the victim is
   * not part of goes on meanwhile, so its first time is small.
   */
  private static Map<String, Object> timeline(Kill k, SoakAudit.Stages stages, SoakReceiver.Receipt recoveredBy) {
    Map<String, Object> t = new LinkedHashMap<>();
    java.util.function.BiConsumer<String, Instant> put = (name, at) ->
        t.put(name, at == null ? null : Math.round(Duration.between(k.at(), at).toMillis() / 100.0) / 10.0);
    put.accept("restarted", k.restarted());
    put.accept("ready", k.ready());
    put.accept("fetched", SoakAudit.Stages.firstAfter(stages.fetched(), k.at()));
    put.accept("tagged", SoakAudit.Stages.firstAfter(stages.tagged(), k.at()));
    put.accept("storyUpdated", SoakAudit.Stages.firstAfter(stages.storyUpdated(), k.at()));
    put.accept("alertCreated", SoakAudit.Stages.firstAfter(stages.alertCreated(), k.at()));
    put.accept("recoveryAlertCreated", recoveredBy == null ? null : recoveredBy.createdAt());
    put.accept("recoveryAlertReceived", recoveredBy == null ? null : recoveredBy.receivedAt());
    return t;
  }

  /** Seconds of the longest stretch in [from, to] in which no alert reached the receiver. */
  static double longestGap(List<SoakReceiver.Receipt> receipts, Instant from, Instant to) {
    List<Instant> times = new ArrayList<>();
    for (SoakReceiver.Receipt r : receipts) {
      if (!r.receivedAt().isBefore(from) && !r.receivedAt().isAfter(to)) {
        times.add(r.receivedAt());
      }
    }
    Collections.sort(times);
    Instant previous = from;
    long longest = 0;
    for (Instant t : times) {
      longest = Math.max(longest, Duration.between(previous, t).toMillis());
      previous = t;
    }
    longest = Math.max(longest, Duration.between(previous, to).toMillis());
    return longest / 1000.0;
  }

  /** The node id of the cluster's active controller, or null when the quorum cannot be asked just now. */
  private static Integer activeController(String bootstrap) {
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
        AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 8_000))) {
      return admin.describeMetadataQuorum().quorumInfo().get(10, TimeUnit.SECONDS).leaderId();
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      return null;
    }
  }

  private static boolean overlaps(Window w, Instant from, Instant to) {
    return !w.to().isBefore(from) && !w.from().isAfter(to);
  }

  private static double pct(List<Double> sorted, double p) {
    if (sorted.isEmpty()) {
      return 0;
    }
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
  }

  private static double secondsSince(Instant t) {
    return Duration.between(t, Instant.now()).toMillis() / 1000.0;
  }

  /** Service {@code command} as process {@code name} (also its instance id), working in {@code home}/name. */
  private static SoakProcess service(String name, String command, Path home, Path config) throws IOException {
    int port = freePort();
    return new SoakProcess(name, home.resolve(name).toAbsolutePath(),
        List.of(command, "-c", config.toAbsolutePath().toString(), "--http-port", "" + port),
        Map.of("NEWSWATCH_KAFKA__INSTANCE_ID", name), command.equals("pipeline") ? "768m" : "512m", port);
  }

  /** One embedded broker node working in {@code home}/broker: its process and its bootstrap address. */
  private static Map.Entry<SoakProcess, String> singleBroker(Path home, String secretSeed) throws IOException {
    int brokerPort = freePort();
    int controllerPort = freePort();
    Files.createDirectories(home);
    Path brokerConfig = home.resolve("broker.yaml");
    Files.writeString(brokerConfig, "kafka:\n  bootstrapServers: \"\"\n  embedded:\n    dataDir: data/kafka\n"
        + "    port: " + brokerPort + "\n    controllerPort: " + controllerPort + "\n"
        + "http:\n  host: 127.0.0.1\n  apiToken: " + secretSeed.substring(0, 32) + "\n  adminToken: "
        + secretSeed.substring(32, 64) + "\n  web:\n    enabled: false\n", StandardCharsets.UTF_8);
    int brokerHttp = freePort();
    SoakProcess broker = new SoakProcess("broker", home.resolve("broker").toAbsolutePath(),
        List.of("broker", "-c", brokerConfig.toAbsolutePath().toString(), "--http-port", "" + brokerHttp),
        Map.of(), "768m", brokerHttp);
    return Map.entry(broker, "127.0.0.1:" + brokerPort);
  }

  /**
   * Trains the JVM start-up cache of every service command that has none. A killed process writes no cache
   * and the soak kills them, so this is a short run of its own first: a broker, the pipeline, the alerts and
   * a poller, with news and a receiver of their own (nothing the audit counts), up to half a minute of articles
   * through them, then every process stopped cleanly, which is when the JVM writes the cache. At most 100
   * subscriptions: the code they load is the same, and a first start writes each configured one on its own.
   *
   * @return what happened, for the report: "off", "reused", "trained" or "training failed: ..."
   */
  private String trainCache(JvmCache cache, PrintWriter out, String secretSeed,
      java.util.function.Function<String, String> secretOf, String signingKey, int digestMinute) throws Exception {
    if (!cache.enabled()) {
      return "off";
    }
    List<String> missing = Stream.of("broker", "pipeline", "alerts", "poller").filter(c -> !cache.has(c)).toList();
    if (missing.isEmpty()) {
      out.println("soak: JVM start-up caches from " + cache.dir());
      out.flush();
      return "reused";
    }
    out.println("soak: training the JVM start-up caches of " + missing + " (a short run of their own, once; "
        + "--jvm-cache off runs without)");
    out.flush();
    Instant t0 = Instant.now();
    Path home = dir.resolve("training");
    List<SoakProcess> started = new ArrayList<>();
    String failure = null;
    try (SoakNews news = new SoakNews(1, 4, 6_000); SoakReceiver receiver = new SoakReceiver(secretOf, 4_000)) {
      try {
        Map.Entry<SoakProcess, String> broker = singleBroker(home, secretSeed);
        List<Subscription> subs = SoakSubscriptions.make(1, Math.min(subscriptions, 100), digestMinute, receiver::url,
            secretOf);
        Path config = home.resolve("soak.yaml");
        Files.writeString(config, SoakSubscriptions.config(broker.getValue(), news, receiver.port(), subs, signingKey),
            StandardCharsets.UTF_8);
        List<SoakProcess> trainees = new ArrayList<>(List.of(broker.getKey()));
        for (String command : List.of("pipeline", "alerts", "poller")) {
          trainees.add(service(command, command, home, config));
        }
        for (SoakProcess p : trainees) {
          p.jvmFlags = missing.contains(p.command()) ? cache.train(p.command()) : cache.use(p.command());
          p.start();
          started.add(p);
          if (!p.awaitReady(Duration.ofSeconds(120))) {
            throw new IOException(p.name + " did not become ready; see " + p.dir().resolve("process.log"));
          }
        }
        // News through every service, so that the caches also hold what a poll, a tag and a delivery load.
        for (int i = 0; i < 60 && receiver.count() < 20; i++) {
          news.publish(Instant.now());
          Thread.sleep(500);
        }
      } catch (IOException e) {
        failure = e.getMessage();
      } finally {
        for (SoakProcess p : started.reversed()) {
          p.stop(Duration.ofSeconds(120));
        }
      }
    }
    List<String> trained = missing.stream().filter(cache::has).toList();
    if (failure == null && trained.size() < missing.size()) {
      failure = "no cache written for " + missing.stream().filter(c -> !trained.contains(c)).toList()
          + "; see the process logs under " + home;
    }
    if (failure != null) {
      out.println("soak: training the JVM start-up caches failed (" + failure + "); the run goes on without them");
      out.flush();
      return "training failed: " + failure;
    }
    deleteTree(home);
    out.printf("soak: JVM start-up caches trained in %.0f s, in %s%n", secondsSince(t0), cache.dir());
    out.flush();
    return "trained";
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (var walk = Files.walk(root)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
