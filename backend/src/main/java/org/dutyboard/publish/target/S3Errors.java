package org.dutyboard.publish.target;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;

/** One line saying why a call to the object store failed, with a hint for the usual causes. */
final class S3Errors {
  private S3Errors() {}

  static String describe(Throwable e) {
    if (e instanceof AwsServiceException s && s.awsErrorDetails() != null) {
      String code = s.awsErrorDetails().errorCode();
      String hint =
          switch (String.valueOf(code)) {
            case "InvalidAccessKeyId", "SignatureDoesNotMatch", "AccessDenied" ->
                " (check the credentials: AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY or the"
                    + " provider chain, and the bucket policy)";
            case "NoSuchBucket" -> " (create the bucket or fix the publish-to URL)";
            default -> "";
          };
      return "HTTP " + s.statusCode() + " " + code + hint;
    }
    if (e instanceof SdkClientException c) {
      Throwable root = c;
      while (root.getCause() != null && root.getCause() != root) {
        root = root.getCause();
      }
      return "the store could not be reached: " + root;
    }
    return String.valueOf(e);
  }
}
