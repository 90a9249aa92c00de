package io.dirshare.organizations;

import java.util.Map;

import io.dirshare.core.Caller;
import io.dirshare.identity.Account;
import io.dirshare.test.IntegrationTest;
import io.dirshare.test.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** The Policies pages through the whole web stack: the management account's SCPs and a member's view. */
@IntegrationTest
class ServiceControlPoliciesPageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	OrganizationService organizations;

	@Autowired
	HandshakeService handshakes;

	@Autowired
	ServiceControlPolicyService policies;

	@Autowired
	OrganizationRootService roots;

	private MockHttpSession signIn(Account account) throws Exception {
		return (MockHttpSession) this.mvc
			.perform(post("/signin").with(csrf())
				.param("account", account.id())
				.param("username", "admin")
				.param("password", TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getRequest()
			.getSession();
	}

	private Account member(Account management) {
		Account member = this.testAccounts.newAccount("Policies member");
		String id = this.handshakes.inviteAccount(this.testAccounts.admin(management), member.id(), null).id();
		this.handshakes.acceptHandshake(this.testAccounts.admin(member), id);
		return member;
	}

	@Test
	void theManagementAdminEnablesSCPsCreatesAPolicyAttachesDetachesAndDeletesIt() throws Exception {
		Account management = this.testAccounts.newAccount("Policies management");
		this.organizations.createOrganization(this.testAccounts.admin(management), FeatureSet.ALL);
		Account member = member(management);
		Caller admin = this.testAccounts.admin(management);
		MockHttpSession session = signIn(management);

		this.mvc.perform(get("/organization/policies").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enable service control policies")))
			.andExpect(content().string(containsString("href=\"/organization/policies/p-FullAWSAccess?")));
		this.mvc.perform(post("/organization/policies/enable").session(session).with(csrf()))
			.andExpect(redirectedUrl("/organization/policies"));
		assertThat(this.policies.isEnabled(admin)).isTrue();

		this.mvc.perform(get("/organization/policies/create").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<label for=\"content\">Policy document (JSON)</label>")));
		this.mvc.perform(post("/organization/policies/create").session(session).with(csrf())
			.param("name", "Broken")
			.param("description", "")
			.param("content", "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [{\"Effect\": \"Deny\", \"Resource\": \"*\"}]\n}"))
			.andExpect(status().isOk())
			.andExpect(view().name(ServiceControlPoliciesController.VIEW_FORM))
			.andExpect(model().attributeHasFieldErrors("policyForm", "content"))
			.andExpect(content().string(containsString("Policy statement must contain actions. (line 3)")));
		assertThat(this.policies.listPolicies(admin)).hasSize(1);
		this.mvc.perform(post("/organization/policies/create").session(session).with(csrf())
			.param("name", "FullAWSAccess")
			.param("content", ServiceControlPolicyServiceIntegrationTests.DENY_LEAVING))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("policyForm", "name"));

		String location = this.mvc.perform(post("/organization/policies/create").session(session).with(csrf())
			.param("name", "DenyLeaving")
			.param("description", "Members stay")
			.param("content", ServiceControlPolicyServiceIntegrationTests.DENY_LEAVING))
			.andExpect(redirectedUrlPattern("/organization/policies/p-*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String policyId = location.substring(location.lastIndexOf('/') + 1);
		this.mvc.perform(get(location).session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This policy is not attached to anything.")))
			.andExpect(content().string(containsString("<option value=\"" + member.id() + "\">Policies member (" + member.id() + ")</option>")));

		this.mvc.perform(post(location + "/attach").session(session).with(csrf()).param("targetId", member.id()))
			.andExpect(redirectedUrl(location));
		this.mvc.perform(get(location).session(session))
			.andExpect(content().string(containsString("data-target-id=\"" + member.id() + "\"")));
		this.mvc.perform(post(location + "/delete").session(session).with(csrf()))
			.andExpect(redirectedUrl(location))
			.andExpect(flash().attribute("flashError", containsString("attached to one or more entities")));
		this.mvc.perform(post("/organization/policies/p-FullAWSAccess/detach").session(session).with(csrf())
			.param("targetId", member.id())).andExpect(redirectedUrl("/organization/policies/p-FullAWSAccess"));
		this.mvc.perform(post(location + "/detach").session(session).with(csrf()).param("targetId", member.id()))
			.andExpect(flash().attribute("flashError", containsString("at least one service control policy")));
		assertThat(this.policies.listPoliciesForTarget(admin, member.id())).extracting(ServiceControlPolicy::id)
			.containsExactly(policyId);
		this.mvc.perform(post("/organization/policies/p-FullAWSAccess/attach").session(session).with(csrf())
			.param("targetId", member.id()));
		this.mvc.perform(post(location + "/detach").session(session).with(csrf()).param("targetId", member.id()))
			.andExpect(flash().attribute("message", containsString("detached")));

		this.mvc.perform(post(location + "/edit").session(session).with(csrf())
			.param("name", "DenyLeavingTheOrganization")
			.param("description", "Members stay")
			.param("content", ServiceControlPolicyServiceIntegrationTests.DENY_LEAVING)).andExpect(redirectedUrl(location));
		assertThat(this.policies.describePolicy(admin, policyId).name()).isEqualTo("DenyLeavingTheOrganization");
		this.mvc.perform(post(location + "/delete").session(session).with(csrf()))
			.andExpect(redirectedUrl("/organization/policies"));
		assertThat(this.policies.listPolicies(admin)).extracting(ServiceControlPolicy::id)
			.containsExactly(ServiceControlPolicy.FULL_AWS_ACCESS_ID);
		this.mvc.perform(get("/organization/policies/p-FullAWSAccess").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Edit policy"))));
	}

	@Test
	void aMemberSeesTheSCPsThatApplyToItAndCannotChangeThem() throws Exception {
		Account management = this.testAccounts.newAccount("Policies owner");
		Organization organization = this.organizations.createOrganization(this.testAccounts.admin(management),
				FeatureSet.ALL).organization();
		Account member = member(management);
		Caller admin = this.testAccounts.admin(management);
		MockHttpSession session = signIn(member);

		this.mvc.perform(get("/organization/policies").session(session))
			.andExpect(status().isOk())
			.andExpect(view().name(ServiceControlPoliciesController.VIEW_IN_EFFECT))
			.andExpect(content().string(containsString("are not enabled in the organization")));

		this.roots.enablePolicyType(admin, organization.rootId(), ServiceControlPolicy.TYPE);
		ServiceControlPolicy denyLeaving = this.policies.createPolicy(admin, "DenyLeaving", "Members stay",
				ServiceControlPolicyServiceIntegrationTests.DENY_LEAVING, Map.of());
		this.policies.attachPolicy(admin, denyLeaving.id(), member.id());

		this.mvc.perform(get("/organization/policies").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Attached to this account")))
			.andExpect(content().string(containsString("<h3>DenyLeaving</h3>")))
			.andExpect(content().string(not(containsString("Create policy"))));
		for (String page : new String[] { "/organization/policies/create", "/organization/policies/" + denyLeaving.id() }) {
			this.mvc.perform(get(page).session(session)).andExpect(status().isForbidden());
		}
		this.mvc.perform(post("/organization/policies/disable").session(session).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/organization/policies/" + denyLeaving.id() + "/detach").session(session).with(csrf())
			.param("targetId", member.id())).andExpect(status().isForbidden());
		this.mvc.perform(post("/organization/policies/create").session(session).with(csrf())
			.param("name", "Mine")
			.param("content", ServiceControlPolicyServiceIntegrationTests.DENY_LEAVING)).andExpect(status().isForbidden());
		assertThat(this.policies.listPoliciesForTarget(admin, member.id())).hasSize(2);
	}

}
