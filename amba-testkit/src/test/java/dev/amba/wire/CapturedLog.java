package dev.amba.wire;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Captures what one logger (and its children) says during each test, through the JDK's logging,
 * which backs {@code System.Logger} here. Register with {@code @RegisterExtension}.
 */
public final class CapturedLog implements BeforeEachCallback, AfterEachCallback {

  private final Logger logger;
  private final Level level;
  private final List<LogRecord> records = new ArrayList<>();
  private final SimpleFormatter format = new SimpleFormatter();
  private Level previousLevel;
  private final Handler handler = new Handler() {
    @Override
    public void publish(LogRecord record) {
      synchronized (records) {
        records.add(record);
        records.notifyAll();
      }
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  private CapturedLog(String loggerName, Level level) {
    this.logger = Logger.getLogger(loggerName);
    this.level = level;
  }

  /** Everything {@code loggerName} logs at {@code level} or above, with the logger turned up to it. */
  public static CapturedLog of(String loggerName, Level level) {
    return new CapturedLog(loggerName, level);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    synchronized (records) {
      records.clear();
    }
    previousLevel = logger.getLevel();
    logger.setLevel(level);
    handler.setLevel(level);
    logger.addHandler(handler);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    logger.removeHandler(handler);
    logger.setLevel(previousLevel);
  }

  public List<LogRecord> records() {
    synchronized (records) {
      return List.copyOf(records);
    }
  }

  /** Each record as the JDK's simple format writes it, message and stack trace included. */
  public List<String> lines() {
    return records().stream().map(format::format).toList();
  }

  /** Waits until a record matches, then returns everything captured so far; fails after {@code timeout}. */
  public List<LogRecord> await(Predicate<LogRecord> match, Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    synchronized (records) {
      while (records.stream().noneMatch(match)) {
        long left = end - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError("no matching log record within " + timeout + "; captured: " + records.size());
        }
        records.wait(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
      }
      return List.copyOf(records);
    }
  }
}
