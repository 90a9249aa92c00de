package io.dirshare.identity;

/** Who signed a request, as STS GetCallerIdentity reports it. */
public record CallerIdentity(String userId, String account, String arn) {

}
