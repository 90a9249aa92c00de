package io.dirshare.organizations;

import java.time.Instant;

import io.dirshare.core.ReferenceData;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** AWS's FullAWSAccess SCP, as migration V42 inserts it: it belongs to no organization and every one uses it. */
@Component
class FullAwsAccessReferenceData implements ReferenceData {

	static final String CONTENT = """
			{
			  "Version": "2012-10-17",
			  "Statement": [
			    {
			      "Effect": "Allow",
			      "Action": "*",
			      "Resource": "*"
			    }
			  ]
			}""";

	/** When AWS introduced it; V42 uses the same instant. */
	private static final Instant PUBLISHED = Instant.parse("2017-02-07T00:00:00Z");

	private final JdbcClient jdbc;

	FullAwsAccessReferenceData(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void restore() {
		boolean present = this.jdbc.sql("SELECT COUNT(*) FROM organization_policy WHERE id = :id")
			.param("id", ServiceControlPolicy.FULL_AWS_ACCESS_ID)
			.query(Long.class)
			.single() > 0;
		if (!present) {
			this.jdbc.sql("""
					INSERT INTO organization_policy (id, organization_id, policy_type, name, description, content,
					  aws_managed, created_at, updated_at)
					VALUES (:id, NULL, 'SERVICE_CONTROL_POLICY', 'FullAWSAccess', 'Allows access to every operation',
					  :content, TRUE, :published, :published)""")
				.param("id", ServiceControlPolicy.FULL_AWS_ACCESS_ID)
				.param("content", CONTENT)
				.param("published", java.sql.Timestamp.from(PUBLISHED))
				.update();
		}
	}

}
