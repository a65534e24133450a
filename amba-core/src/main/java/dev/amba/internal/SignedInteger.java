package dev.amba.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an integer field of an SDK wire type whose value may be negative, such as a currency
 * transaction's amount (a debit). {@link WireIntegers} still checks that it is an exact integer in
 * range; it only lets the sign through. Every other integer the SDK reads is a count and stays
 * refused below 0.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface SignedInteger {}
