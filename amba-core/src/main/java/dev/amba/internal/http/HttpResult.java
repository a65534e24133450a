package dev.amba.internal.http;

import java.net.http.HttpHeaders;

/** What came back for one attempt. */
public record HttpResult(int status, HttpHeaders headers, byte[] body) {

  public boolean isSuccess() {
    return status >= 200 && status < 300;
  }
}
