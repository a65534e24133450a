/** Micrometer metrics and Observations for the Amba client's calls. */
module dev.amba.micrometer {
  requires transitive dev.amba.core;
  requires transitive micrometer.core;
  requires transitive micrometer.observation;
  requires transitive micrometer.commons;

  exports dev.amba.micrometer;
}
