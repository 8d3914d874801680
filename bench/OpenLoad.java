import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-model load generator: requests start at a constant arrival rate whatever the server does
 * (like Gatling's constantUsersPerSec or wrk2), and each latency is measured from the moment the
 * request was due, so a stalled server shows up in the tail instead of slowing the client down
 * (no coordinated omission). Run with the JDK alone:
 *
 * <pre>
 *   java bench/OpenLoad.java --rate 500 --seconds 20 --url http://127.0.0.1:8090/api/v1/services?q=logement
 *   java bench/OpenLoad.java --rate 500 --seconds 20 --url http://127.0.0.1:8090/api/v1/triage --bodies bench/triage-bodies.txt
 * </pre>
 *
 * With --bodies, it POSTs the file's lines (JSON) in turn; with --urls, it GETs --url followed by each of
 * the file's lines (paths) in turn.
 * It prints one line: {@code sent=… ok=… errors=… rate=… p50=… p90=… p99=… max=…} (milliseconds).
 */
public class OpenLoad {

    public static void main(String[] args) throws Exception {
        double rate = 500;
        int seconds = 20;
        int warmup = 10;
        String url = null;
        List<String> bodies = List.of();
        List<String> urls = List.of();
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--rate" -> rate = Double.parseDouble(args[i + 1]);
                case "--seconds" -> seconds = Integer.parseInt(args[i + 1]);
                case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
                case "--url" -> url = args[i + 1];
                case "--bodies" -> bodies = lines(args[i + 1]);
                case "--urls" -> urls = lines(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        // The client's own JIT warms up first, at the same rate, unrecorded: a cold client would send
        // late and blame the server.
        int skipped = (int) Math.round(rate * warmup);
        int total = (int) Math.round(rate * seconds);
        long[] latencies = new long[total];
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(total);
        long interval = Math.round(1_000_000_000L / rate);
        long first = System.nanoTime() + 50_000_000L;
        long start = first + skipped * interval;
        for (int n = -skipped; n < total; n++) {
            long due = start + (long) n * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(
                    urls.isEmpty() ? url : url + urls.get(Math.floorMod(n, urls.size()))))
                    .timeout(Duration.ofSeconds(10)).header("Accept", "application/json");
            if (!bodies.isEmpty()) {
                request.header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(bodies.get(Math.floorMod(n, bodies.size()))));
            }
            int slot = n;
            if (slot < 0) {
                client.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding());
                continue;
            }
            client.sendAsync(request.build(), HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
                latencies[slot] = System.nanoTime() - due;
                if (failure == null && response.statusCode() < 400) {
                    ok.incrementAndGet();
                } else {
                    errors.incrementAndGet();
                }
                done.countDown();
            });
        }
        long sentIn = System.nanoTime() - start;
        done.await(30, TimeUnit.SECONDS);
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        System.out.printf("sent=%d ok=%d errors=%d rate=%.1f p50=%.2f p90=%.2f p99=%.2f max=%.2f%n", total, ok.get(),
                errors.get() + (int) done.getCount(), total / (sentIn / 1e9), ms(sorted, 0.50), ms(sorted, 0.90),
                ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
        System.exit(0);
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static List<String> lines(String file) throws java.io.IOException {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(file))) {
            if (!line.isBlank() && !line.startsWith("#")) {
                lines.add(line.trim());
            }
        }
        return lines;
    }
}
