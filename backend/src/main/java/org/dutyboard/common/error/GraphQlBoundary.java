package org.dutyboard.common.error;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks a GraphQL API class: every failure leaving it is a {@link DutyboardException}, so clients
 * always get a stable {@code extensions.code} and never a class name or stack trace.
 */
@InterceptorBinding
@Retention(RUNTIME)
@Target({TYPE, METHOD})
public @interface GraphQlBoundary {}
