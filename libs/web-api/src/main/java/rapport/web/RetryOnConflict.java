package rapport.web;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a transactional method again, up to {@value ConflictRetry#ATTEMPTS} times in all, when its
 * transaction lost a race with another (deadlock, serialization failure, optimistic-lock conflict). Put
 * it where transactions begin: it retries only when the call began the transaction; a call joining
 * one leaves the retry to the method that began it. After the last attempt the failure is a retryable
 * 503 problem ({@link ProblemMappers}).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface RetryOnConflict {
}
