package dev.amba.spring;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.amba.spring.app.DemoApplication;
import dev.amba.spring.test.AutoConfigureAmbaEmulator;
import dev.amba.testkit.AmbaEmulator;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code @WebMvcTest}, Spring's slice for controllers, brings the client and the filter too (the
 * starter adds them to the slice), so a controller test needs no running server.
 */
@WebMvcTest(properties = "amba.filter.user-resolver=user-principal")
@ContextConfiguration(classes = DemoApplication.class)
@AutoConfigureAmbaEmulator(clients = "acme")
class WebMvcSliceTest {

  @Autowired MockMvc mvc;
  @Autowired AmbaEmulator emulator;

  @Test
  void aControllerSlice_getsTheClient_theFilter_andTheLoggedInUser() throws Exception {
    mvc.perform(get("/api/project"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.sameClient").value(true))
        .andExpect(jsonPath("$.serverProjectId").value(emulator.defaultProject().projectId()));
    String uid = emulator.createUser(emulator.defaultProject());
    String basic = Base64.getEncoder().encodeToString((uid + ":" + DemoApplication.PASSWORD).getBytes(StandardCharsets.UTF_8));
    mvc.perform(get("/api/whoami").header("Authorization", "Basic " + basic))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.uid").value(uid));
  }
}
