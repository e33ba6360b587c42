package org.lessons.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.lessons.LessonsApplication;

/**
 * Lessons as an operating-system process of its own, on given folders and a free port, so that a test can kill it
 * the way a crash or {@code kill -9} does, which no test inside the test JVM can. It runs the compiled classes with
 * the test JVM's libraries (not the test classes, whose configurations are not part of the application), and its
 * output goes to a log file whose end a failing test prints.
 */
public final class LessonsProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final Process process;
    private final List<ProcessHandle> children = new ArrayList<>();
    private final Path log;
    private final int port;
    private final String password;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final Thread onExit;
    private volatile boolean killed;

    private LessonsProcess(Process process, Path log, int port, String password) {
        this.process = process;
        this.log = log;
        this.port = port;
        this.password = password;
        // a test JVM that ends early (a failed assertion, Ctrl-C) must leave no server behind
        this.onExit = new Thread(this::kill, "kill-lessons-" + process.pid());
        Runtime.getRuntime().addShutdownHook(onExit);
    }

    /**
     * Starts Lessons on the folders and waits until it is ready and its admin signs in.
     *
     * @param settings further {@code --name=value} arguments
     */
    public static LessonsProcess start(Path dataDir, Path corpusDir, Path log, String password, String... settings)
            throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-cp",
                applicationClassPath(),
                LessonsApplication.class.getName(),
                "--server.port=" + port,
                "--lessons.data-dir=" + dataDir,
                "--lessons.corpus-dir=" + corpusDir,
                "--vaadin.devmode.devTools.enabled=false",
                "--management.endpoint.health.probes.enabled=true"));
        command.addAll(List.of(settings));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("LESSONS_ADMIN_PASSWORD", password);
        LessonsProcess lessons = new LessonsProcess(builder.start(), log, port, password);
        lessons.awaitReady();
        return lessons;
    }

    public int port() {
        return port;
    }

    /** Whether it runs and is not being killed: an answer cut off after {@link #kill()} began is no error. */
    public boolean alive() {
        return !killed && process.isAlive();
    }

    /** A GET as admin: the status and the body. */
    public HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return http.send(request(pathAndQuery).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A multipart upload of a text file as admin to {@code POST /api/documents}. */
    public HttpResponse<String> upload(String fileName, String text) throws IOException, InterruptedException {
        String boundary = "lessons-" + System.nanoTime();
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: text/plain\r\n\r\n"
                + text + "\r\n--" + boundary + "--\r\n";
        return http.send(
                request("/api/documents")
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Kills the process with SIGKILL ({@link Process#destroyForcibly()} on Linux), as {@code kill -9} does, and
     * waits until it is gone; its parse worker, which ends by itself when its parent's pipe closes, is killed too
     * if it has not.
     *
     * @return the exit code, 137 (128 + 9) after a SIGKILL
     */
    public int kill() {
        killed = true;
        process.descendants().forEach(children::add);
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Lessons (pid " + process.pid() + ") survived a SIGKILL for 30 s");
            }
            for (ProcessHandle child : children) {
                child.onExit().get(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            children.forEach(ProcessHandle::destroyForcibly);
        }
        return process.exitValue();
    }

    /** The last lines Lessons logged, for the message of a failed test. */
    public static String tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(onExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run
        }
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        String credentials = Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + credentials);
    }

    private void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "Lessons exited with " + process.exitValue() + " while starting:\n" + tail(log, 80));
            }
            try {
                // ready once the corpus watcher runs and the admin account exists, which come after the health check
                HttpResponse<Void> readiness = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (readiness.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        kill();
        throw new IllegalStateException("Lessons did not start within " + START_TIMEOUT + ":\n" + tail(log, 80));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * The test JVM's class path without the test classes. Failsafe may hand the JVM a single "manifest-only" jar
     * whose manifest lists the real class path; its entries are read from there.
     */
    private static String applicationClassPath() {
        String[] classPath = System.getProperty("java.class.path").split(File.pathSeparator);
        List<String> entries = classPath.length == 1 ? expand(Path.of(classPath[0])) : List.of(classPath);
        return String.join(
                File.pathSeparator,
                entries.stream()
                        .filter(entry -> !Path.of(entry).endsWith("test-classes"))
                        .toList());
    }

    private static List<String> expand(Path entry) {
        if (!entry.toString().endsWith(".jar") || !Files.isRegularFile(entry)) {
            return List.of(entry.toString());
        }
        try (JarFile jar = new JarFile(entry.toFile())) {
            Manifest manifest = jar.getManifest();
            String listed =
                    manifest == null ? null : manifest.getMainAttributes().getValue("Class-Path");
            if (listed == null || listed.isBlank()) {
                return List.of(entry.toString());
            }
            List<String> expanded = new ArrayList<>();
            for (String item : listed.trim().split("\\s+")) {
                expanded.add(
                        item.startsWith("file:")
                                ? Path.of(URI.create(item)).toString()
                                : entry.resolveSibling(item).normalize().toString());
            }
            return expanded;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the class path of " + entry, e);
        }
    }
}
