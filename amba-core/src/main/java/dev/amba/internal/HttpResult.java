package dev.amba.internal;

import java.net.http.HttpHeaders;

/** What came back for one attempt. */
public record HttpResult(int status, HttpHeaders headers, byte[] body) {

  boolean isSuccess() {
    return status >= 200 && status < 300;
  }
}
