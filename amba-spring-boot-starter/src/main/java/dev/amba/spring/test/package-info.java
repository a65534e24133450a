/**
 * Test support: {@link dev.amba.spring.test.AutoConfigureAmbaEmulator} starts the in-process Amba
 * emulator (amba-testkit) for a {@code @SpringBootTest} and points the {@code amba.*} properties at
 * it.
 */
package dev.amba.spring.test;
