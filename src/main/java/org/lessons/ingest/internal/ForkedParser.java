package org.lessons.ingest.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.jar.JarFile;
import org.lessons.ingest.FailureReason;
import org.lessons.ingest.IngestProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs Tika in a separate JVM ({@link ParseWorker}) and enforces a time limit per file. A worker that hangs is
 * killed, one that dies is noticed; either way the file gets a failure and the next file a fresh worker.
 */
@Component
public class ForkedParser {

    private static final Logger log = LoggerFactory.getLogger(ForkedParser.class);
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(90);
    private static final String END_OF_STREAM = "\u0000EOF";

    private final IngestProperties properties;
    private final ObjectMapper json = new ObjectMapper();
    private Worker worker;

    public ForkedParser(IngestProperties properties) {
        this.properties = properties;
    }

    /** Parses a file; never throws for a bad file, only answers with a failure. */
    public ParseResponse parse(Path file) {
        return ask(new ParseRequest(file.toString(), file.getFileName().toString(), ParseLimits.of(properties), false));
    }

    /**
     * Detects the type of a file from its content and checks it against the allowed formats, without parsing it.
     * Answers the type, or an {@code unsupported-type} failure naming it and the formats accepted instead.
     *
     * @param name the name the file will have, whose extension may narrow the type the content shows
     */
    public ParseResponse checkType(Path file, String name) {
        return ask(new ParseRequest(file.toString(), name, ParseLimits.of(properties), true));
    }

    private synchronized ParseResponse ask(ParseRequest request) {
        Path file = Path.of(request.path());
        try {
            Worker current = worker();
            current.send(json.writeValueAsString(request));
            Optional<String> answer = current.answer(properties.parseTimeout());
            if (answer.isEmpty()) {
                stopWorker();
                log.warn(
                        "Parsing {} took longer than {}; the parse worker was stopped",
                        file,
                        properties.parseTimeout());
                return ParseResponse.failed(
                        FailureReason.TIMED_OUT.code(),
                        "Parsing did not finish within the limit of "
                                + properties.parseTimeout().toSeconds() + " seconds (lessons.ingest.parse-timeout).",
                        null);
            }
            if (answer.get().equals(END_OF_STREAM)) {
                stopWorker();
                log.warn("The parse worker died while reading {}", file);
                return ParseResponse.failed(
                        FailureReason.PARSER_CRASHED.code(),
                        "The parser process stopped while reading this file: it ran out of its "
                                + properties.workerHeap() + " of memory (lessons.ingest.worker-heap) or crashed.",
                        null);
            }
            return json.readValue(answer.get(), ParseResponse.class);
        } catch (IOException e) {
            stopWorker();
            log.warn("Could not talk to the parse worker about {}: {}", file, e.toString());
            return ParseResponse.failed(
                    FailureReason.PARSER_CRASHED.code(),
                    "The parser process could not be reached: " + e.getMessage(),
                    null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopWorker();
            throw new IllegalStateException("Interrupted while parsing " + file, e);
        }
    }

    @PreDestroy
    public synchronized void stopWorker() {
        if (worker != null) {
            worker.stop();
            worker = null;
        }
    }

    private Worker worker() throws IOException, InterruptedException {
        if (worker == null || !worker.process.isAlive()) {
            worker = Worker.start(command());
        }
        return worker;
    }

    private List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + properties.workerHeap());
        command.add("-XX:+ExitOnOutOfMemoryError");
        // C1 only: a worker is ready in a second and fast from its first file, and one starts after every hang or
        // crash. Full C2 was measured no faster over a 515-file ingest (its compiling costs more up front than it
        // wins per file on a busy two-core machine), and parsing now runs beside the ingest thread (ReadAhead).
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Djava.awt.headless=true");
        // Tika's XML readers never resolve external entities; these make the JDK's own parsers refuse to fetch
        // DTDs, entities, schemas and stylesheets too, should any library in the worker use them with defaults.
        command.add("-Djavax.xml.accessExternalDTD=");
        command.add("-Djavax.xml.accessExternalSchema=");
        command.add("-Djavax.xml.accessExternalStylesheet=");
        command.add("-Dlogback.configurationFile=parse-worker-logback.xml");
        command.addAll(properties.workerJvmOptions()); // last, so that they outrank the defaults above
        String classPath = System.getProperty("java.class.path");
        command.add("-cp");
        command.add(classPath);
        if (isExecutableJar(classPath)) {
            // Running from the packaged jar: its own launcher finds the nested libraries, then starts the worker.
            command.add("-Dloader.main=" + ParseWorker.class.getName());
            command.add("org.springframework.boot.loader.launch.PropertiesLauncher");
        } else {
            command.add(ParseWorker.class.getName());
        }
        return command;
    }

    private static boolean isExecutableJar(String classPath) {
        if (!classPath.endsWith(".jar") || classPath.contains(java.io.File.pathSeparator)) {
            return false;
        }
        try (JarFile jar = new JarFile(classPath)) {
            return jar.getEntry("BOOT-INF/classes/") != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** One running worker process and the thread that reads its answers. */
    private static final class Worker {
        private final Process process;
        private final BufferedWriter requests;
        private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();

        private Worker(Process process) {
            this.process = process;
            this.requests =
                    new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
            Thread reader = new Thread(this::readAnswers, "parse-worker-reader");
            reader.setDaemon(true);
            reader.start();
            Thread errors = new Thread(this::logErrors, "parse-worker-log");
            errors.setDaemon(true);
            errors.start();
        }

        static Worker start(List<String> command) throws IOException, InterruptedException {
            Worker worker = new Worker(new ProcessBuilder(command).start());
            Optional<String> ready = worker.next(STARTUP_TIMEOUT, ParseWorker.READY::equals);
            if (ready.isEmpty() || !ready.get().equals(ParseWorker.READY)) {
                worker.stop();
                throw new IOException("the parse worker did not start; see the log above for its output");
            }
            log.info("Parse worker started (pid {})", worker.process.pid());
            return worker;
        }

        void send(String request) throws IOException {
            requests.write(request);
            requests.newLine();
            requests.flush();
        }

        /**
         * The next answer, passing over anything else on standard output: the JVM itself prints there, for
         * instance its last words when it runs out of memory, and that must not be taken for an answer.
         */
        Optional<String> answer(Duration timeout) throws InterruptedException {
            return next(timeout, line -> line.startsWith("{"));
        }

        /**
         * The next line the worker wrote that is wanted, or the end of its output, passing over (and logging) what
         * else the JVM printed before it: an option such as {@code JAVA_TOOL_OPTIONS} with a flight recording makes
         * the JVM announce it on standard output before the worker says it is ready.
         */
        private Optional<String> next(Duration timeout, Predicate<String> wanted) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (true) {
                Optional<String> line = receive(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
                if (line.isEmpty() || wanted.test(line.get()) || line.get().equals(END_OF_STREAM)) {
                    return line;
                }
                log.warn("[parse worker] {}", line.get());
            }
        }

        Optional<String> receive(Duration timeout) throws InterruptedException {
            return Optional.ofNullable(answers.poll(timeout.toMillis(), TimeUnit.MILLISECONDS));
        }

        /**
         * Asks the worker to exit, so that its JVM finishes what it was told to do at exit (write a flight recording),
         * and kills it if it has not within a second: a worker stuck in a hostile file must not hold up the next.
         */
        void stop() {
            process.destroy();
            try {
                if (!process.waitFor(1, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }

        private void readAnswers() {
            try (BufferedReader reader =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    answers.add(line);
                }
            } catch (IOException e) {
                log.debug("Parse worker output closed: {}", e.toString());
            }
            answers.add(END_OF_STREAM);
        }

        private void logErrors() {
            try (BufferedReader reader =
                    new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    log.debug("[parse worker] {}", line);
                }
            } catch (IOException e) {
                log.debug("Parse worker log closed: {}", e.toString());
            }
        }
    }
}
