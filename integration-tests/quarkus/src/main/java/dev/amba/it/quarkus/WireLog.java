package dev.amba.it.quarkus;

import dev.amba.AmbaListener;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The application's listener. Nothing injects it: amba-cdi finds it and registers it on every
 * client, which ArC's removal of unused beans must not undo. What it was told is kept in a static
 * list so a test can read it without injecting the bean (an injection would keep it alive anyway).
 */
@ApplicationScoped
public class WireLog implements AmbaListener {

  /** "operation status" of every finished call, in order. */
  public static final List<String> CALLS = new CopyOnWriteArrayList<>();

  @Override
  public void onCall(Call call) {
    CALLS.add(call.operation() + " " + call.status());
  }
}
