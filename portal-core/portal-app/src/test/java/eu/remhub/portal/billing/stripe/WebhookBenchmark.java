package eu.remhub.portal.billing.stripe;

import eu.remhub.portal.PortalApplication;
import eu.remhub.portal.TestSupport;
import eu.remhub.portal.member.MemberRepository;
import eu.remhub.portal.member.Organisation;
import eu.remhub.portal.member.ValueChainSegment;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Webhook throughput end to end: signed events over HTTP into the running portal (Stripe as the
 * provider, against {@link FakeStripe}), each answered only after its transaction committed, with
 * one, two and four client threads. Prints events/s and latency; asserts nothing.
 *
 * <pre>bench/webhooks.sh [events per round, default 20000] [jdbc:mysql://… for MariaDB/MySQL too]
 * </pre>
 */
public final class WebhookBenchmark {

  private static final int EVENTS_PER_ORGANISATION = 50;

  private WebhookBenchmark() {}

  public static void main(String[] args) throws Exception {
    int events = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    String mysql = args.length > 1 ? args[1] : System.getenv("REMHUB_IT_MYSQL_URL");
    System.out.printf(
        Locale.ROOT,
        "REMHub webhook benchmark: %,d events per round, %d cores, Java %s, heap max %d MiB%n",
        events,
        Runtime.getRuntime().availableProcessors(),
        Runtime.version(),
        Runtime.getRuntime().maxMemory() >> 20);
    run("H2 (file)", null, events);
    if (mysql != null && !mysql.isBlank()) {
      run("MariaDB/MySQL", mysql, events);
    }
    // The fake Stripe API's server thread would keep the JVM alive.
    System.exit(0);
  }

  private static void run(String name, String jdbcUrl, int events) throws Exception {
    FakeStripe fake = FakeStripe.get();
    Map<String, Object> p = StripeContext.stripeSettings(fake);
    p.put("server.port", "0");
    p.put("portal.seed.enabled", "true");
    p.put("spring.flyway.clean-disabled", "false");
    p.put("logging.level.root", "WARN");
    p.put("logging.level.eu.remhub", "WARN");
    if (jdbcUrl == null) {
      p.put("portal.data-dir", "./target/bench-webhooks");
      p.put("spring.datasource.url", StripeContext.h2In("./target/bench-webhooks"));
    } else {
      p.put("portal.data-dir", "./target/bench-webhooks-mysql");
      p.put(
          "spring.datasource.url", StripeContext.ownSchema(jdbcUrl).replace("_stripe?", "_bench?"));
      p.put("spring.datasource.username", System.getProperty("remhub.it.mysql.user", "root"));
      p.put("spring.datasource.password", System.getProperty("remhub.it.mysql.password", ""));
      p.put("spring.datasource.driver-class-name", "com.mysql.cj.jdbc.Driver");
    }
    // As arguments, so that they win over config/application.yml (TestSupport cleans the database
    // first).
    List<String> arguments = new ArrayList<>(List.of("--spring.main.banner-mode=off"));
    p.forEach((k, v) -> arguments.add("--" + k + "=" + v));
    SpringApplication app = new SpringApplication(PortalApplication.class, TestSupport.class);
    long t0 = System.nanoTime();
    try (ConfigurableApplicationContext context = app.run(arguments.toArray(String[]::new))) {
      Environment env = context.getEnvironment();
      String base = "http://localhost:" + env.getProperty("local.server.port");
      JdbcClient jdbc = context.getBean(JdbcClient.class);
      MemberRepository members = context.getBean(MemberRepository.class);
      System.out.printf(
          Locale.ROOT, "%n%s: portal started in %.1f s%n", name, (System.nanoTime() - t0) / 1e9);
      System.out.println("threads  events  seconds  events/s  p50 ms  p95 ms  p99 ms");
      Random random = new Random(42);
      for (int threads : new int[] {1, 2, 4}) {
        List<String> batch = generate(fake, members, events, random);
        int before = jdbc.sql("SELECT COUNT(*) FROM billing_event").query(Integer.class).single();
        long start = System.nanoTime();
        long[] latencies = deliver(base, batch, threads);
        int target = before + batch.size();
        while (jdbc.sql("SELECT COUNT(*) FROM billing_event").query(Integer.class).single()
            < target) {
          Thread.sleep(10);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(latencies);
        System.out.printf(
            Locale.ROOT,
            "%7d  %6d  %7.1f  %8.0f  %6.1f  %6.1f  %6.1f%n",
            threads,
            batch.size(),
            seconds,
            batch.size() / seconds,
            pct(latencies, 50),
            pct(latencies, 95),
            pct(latencies, 99));
      }
      System.out.printf(
          Locale.ROOT,
          "outcomes: %s%n",
          jdbc.sql("SELECT outcome, COUNT(*) FROM billing_event GROUP BY outcome")
              .query((rs, n) -> rs.getString(1) + "=" + rs.getInt(2))
              .list());
    }
  }

  /**
   * Organisations that subscribe and live through renewals and failures until {@code events} events
   * exist.
   */
  private static List<String> generate(
      FakeStripe fake, MemberRepository members, int events, Random random) {
    int from = fake.events().size();
    int organisations = Math.max(1, events / EVENTS_PER_ORGANISATION);
    List<String> subscriptions = new ArrayList<>();
    for (int i = 0; i < organisations; i++) {
      String name = "Bench " + System.nanoTime();
      long org =
          members.insertOrganisation(
              new Organisation(
                  0,
                  name + " GmbH",
                  name,
                  "DE",
                  "Bremen",
                  ValueChainSegment.RECYCLING,
                  "",
                  "",
                  "APPROVED"),
              Instant.now());
      String plan = i % 2 == 0 ? "research" : "sme";
      subscriptions.add(
          fake.completeCheckout(fake.openCheckout(org, plan, "price_" + plan + "_month")));
    }
    Map<String, String> open = new HashMap<>();
    while (fake.events().size() - from < events) {
      String sub = subscriptions.get(random.nextInt(subscriptions.size()));
      int roll = random.nextInt(10);
      if (open.containsKey(sub) && roll < 5) {
        fake.pay(open.remove(sub));
      } else if (roll < 7) {
        open.remove(sub);
        fake.renew(sub);
      } else if (roll < 9) {
        open.put(sub, fake.failRenewal(sub));
      } else {
        fake.cancelAtPeriodEnd(sub, random.nextBoolean());
      }
    }
    List<String> batch = fake.eventsSince(from);
    return batch.subList(0, events);
  }

  private static long[] deliver(String base, List<String> batch, int threads) throws Exception {
    ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(batch);
    long[] latencies = new long[batch.size()];
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      workers.add(
          pool.submit(
              () -> {
                for (String event = queue.poll(); event != null; event = queue.poll()) {
                  long s = System.nanoTime();
                  HttpResponse<String> response =
                      FakeStripeWebhooks.deliverUntilAccepted(base, event);
                  latencies[next.getAndIncrement()] = System.nanoTime() - s;
                  if (response.statusCode() != 200) {
                    System.err.println(
                        "not accepted: " + response.statusCode() + " " + response.body());
                  }
                }
              }));
    }
    for (Future<?> worker : workers) {
      worker.get();
    }
    pool.shutdown();
    return latencies;
  }

  private static double pct(long[] sorted, int p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)]
        / 1e6;
  }
}
