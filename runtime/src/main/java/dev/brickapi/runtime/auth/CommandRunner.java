package dev.brickapi.runtime.auth;

import dev.brickapi.runtime.ConfigException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a credential command ({@code databricks auth token}, {@code az account get-access-token}) in the configured
 * environment, without input, and reads what it prints. It may run for a bounded time: after that the command and
 * the processes it started are killed and the caller gets a {@link ConfigException} that says so. Neither output
 * ever goes to a log: the standard output holds the token.
 */
final class CommandRunner {
  private static final int MAX_OUTPUT = 1 << 20;

  /** The exit code and what the command printed. */
  static final class Result {
    final int exitCode;
    final String stdout;
    final String stderr;

    Result(int exitCode, String stdout, String stderr) {
      this.exitCode = exitCode;
      this.stdout = stdout;
      this.stderr = stderr;
    }
  }

  private final Map<String, String> environment;
  private final Duration timeout;

  CommandRunner(Map<String, String> environment, Duration timeout) {
    this.environment = environment;
    this.timeout = timeout;
  }

  /** Runs {@code executable} with {@code arguments}; {@code shown} is how messages name the command. */
  Result run(Path executable, List<String> arguments, String shown) {
    List<String> command = new ArrayList<>();
    command.add(executable.toString());
    command.addAll(arguments);
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().clear();
    builder.environment().putAll(environment);
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new ConfigException("cannot run `" + shown + "`: " + e.getMessage()
          + "; check that " + executable + " is an executable");
    }
    try {
      process.getOutputStream().close();
    } catch (IOException e) {
      // nothing to send anyway
    }
    Drain out = new Drain(process.getInputStream());
    Drain err = new Drain(process.getErrorStream());
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      if (!process.waitFor(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
        kill(process);
        throw new ConfigException("`" + shown + "` did not finish within " + seconds(timeout) + " and was stopped; "
            + "run it in a terminal to see what it waits for (a prompt, a network call), or allow it more time "
            + "with Config.builder().commandTimeout(...)");
      }
      out.await(deadline);
      err.await(deadline);
    } catch (InterruptedException e) {
      kill(process);
      Thread.currentThread().interrupt();
      throw new ConfigException("interrupted while waiting for `" + shown + "`", e);
    }
    return new Result(process.exitValue(), out.text(), err.text());
  }

  private static void kill(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }

  private static String seconds(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }

  /** Reads one output of the process on its own thread, so neither pipe can fill up and stall the command. */
  private static final class Drain implements Runnable {
    private final InputStream in;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final Thread thread;

    Drain(InputStream in) {
      this.in = in;
      this.thread = new Thread(this, "brickapi-credential-command");
      thread.setDaemon(true);
      thread.start();
    }

    @Override
    public void run() {
      byte[] buffer = new byte[8192];
      try (InputStream stream = in) {
        int read;
        while ((read = stream.read(buffer)) >= 0) {
          synchronized (bytes) {
            if (bytes.size() < MAX_OUTPUT) {
              bytes.write(buffer, 0, Math.min(read, MAX_OUTPUT - bytes.size()));
            }
          }
        }
      } catch (IOException e) {
        // the process ended or was killed: keep what was read
      }
    }

    /** Waits for the end of the output, at most until {@code deadline} (a process it started may hold the pipe). */
    void await(long deadline) throws InterruptedException {
      long left = Math.max(deadline - System.nanoTime(), TimeUnit.SECONDS.toNanos(1));
      TimeUnit.NANOSECONDS.timedJoin(thread, left);
    }

    String text() {
      synchronized (bytes) {
        return new String(bytes.toByteArray(), StandardCharsets.UTF_8);
      }
    }
  }
}
