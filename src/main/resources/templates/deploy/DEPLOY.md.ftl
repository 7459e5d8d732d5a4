<#-- Each step's body, by its kind; DeployView numbers the steps and decides what they hold. -->
<#macro signIn s>
```bash
az cloud set --name ${cloud}
az login${tenantArg}
az account set --subscription ${subscription}
<#list providers as p>
az provider register --namespace ${p} --wait
</#list>
```
</#macro>
<#macro deploy s>
```bash
az deployment sub create \
  --name ${deployment} \
  --location ${region} \
  --template-file infra/main.bicep \
  --parameters @infra/main.parameters.json${deployArgs}
```
<#if s.data??>
<#local jumpbox = s.data>
Then turn on Entra ID sign-in on the jumpbox `${jumpbox.vm}` and install the Azure CLI there, once
(orchestrator admin, your machine):
```bash
az vm extension set --publisher Microsoft.Azure.ActiveDirectory --name AADSSHLoginForLinux \
  --resource-group "${jumpbox.resourceGroup}" --vm-name ${jumpbox.vm}
az vm run-command invoke --resource-group "${jumpbox.resourceGroup}" --name ${jumpbox.vm} --command-id RunShellScript \
  --scripts "curl -sL https://aka.ms/InstallAzureCLIDeb | bash"
```
Steps marked "from the jumpbox" run on `${jumpbox.vm}`: the private endpoints are reachable only from
inside the network. Each person signs in as themselves with Entra ID (main.bicep grants them Reader
on the VM, its network interface and `${jumpbox.bastion}`, and Virtual Machine User Login on the VM),
so each gets their own Linux account and their own Azure CLI token cache. The local admin account
`flgenadmin` (the SSH key above) belongs to the orchestrator admin alone, for the admin's own steps
and as break-glass (`--auth-type ssh-key --username flgenadmin --ssh-key ~/.ssh/id_ed25519`); nobody
else ever gets its key, so no one shares its token cache.
```bash
az network bastion ssh --name ${jumpbox.bastion} --resource-group "${jumpbox.resourceGroup}" \
  --target-resource-id "$(az vm show --name ${jumpbox.vm} --resource-group "${jumpbox.resourceGroup}" --query id -o tsv)" \
  --auth-type AAD
# on the jumpbox, as yourself:
az extension add --name ml
az login --use-device-code
```
`az network bastion ssh` cannot transfer files. To copy files to the jumpbox (the bundle's `aml/`
folder, a silo's data), keep a tunnel open in one terminal and copy over it from another, with a
short-lived Entra ID SSH certificate for your own key; `tar` keeps the relative paths the commands
below use:
```bash
az network bastion tunnel --name ${jumpbox.bastion} --resource-group "${jumpbox.resourceGroup}" \
  --target-resource-id "$(az vm show --name ${jumpbox.vm} --resource-group "${jumpbox.resourceGroup}" --query id -o tsv)" \
  --resource-port 22 --port 50022
# in a second terminal, on your machine:
az extension add --name ssh
az ssh cert --public-key-file ~/.ssh/id_ed25519.pub --file ~/.ssh/id_ed25519-aadcert.pub
tar cf - ./aml | ssh -p 50022 -i ~/.ssh/id_ed25519 -o CertificateFile=~/.ssh/id_ed25519-aadcert.pub \
  "$(az account show --query user.name -o tsv)@127.0.0.1" tar xf -
```
A single file goes with `scp -P 50022 -i ~/.ssh/id_ed25519 -o CertificateFile=~/.ssh/id_ed25519-aadcert.pub FILE "$(az account show --query user.name -o tsv)@127.0.0.1:"`.
</#if>
</#macro>
<#macro trust s>
```bash
bash infra/tenants/home/trust-${s.data.silo}.sh
```
It prints the app id of `${s.data.app}`; hand it to the admin of tenant `${s.data.tenant}`.
</#macro>
<#macro partnerDeploy s>
<#local p = s.data>
```bash
az login --tenant ${p.tenant}
az account set --subscription ${p.subscription}
<#list p.apps as a>
${a.param}=$(az ad sp create --id <app id of ${a.app}> --query id -o tsv)
</#list>
az deployment sub create \
  --name ${deployment} \
  --location ${p.region} \
  --template-file infra/tenants/${p.tenant}/main.bicep \
  --parameters @infra/tenants/${p.tenant}/main.parameters.json<#list p.apps as a> ${a.param}=$${a.param}</#list>
```
</#macro>
<#macro crossTenant s>
Now that the partner storage exists, re-run the orchestrator deployment with the cross-tenant
endpoints switched on; they are created as connection requests:
```bash
az login${tenantArg}
az account set --subscription ${subscription}
az deployment sub create \
  --name ${deployment} \
  --location ${region} \
  --template-file infra/main.bicep \
  --parameters @infra/main.parameters.json${crossTenantArgs}
```
</#macro>
<#macro partnerApprove s>
Private endpoints from the orchestrator tenant into this tenant are created as connection
requests; approve exactly those:
```bash
bash infra/tenants/${s.data}/approve-private-endpoints.sh
```
</#macro>
<#macro ownerApproval s>
<#local o = s.data>
flgen requested a private endpoint into this account it does not own; it carries no traffic until
the owner approves exactly that connection:
```bash
az account set --subscription ${o.subscription}
az network private-endpoint-connection list --name ${o.account} --resource-group "${o.resourceGroup}" \
  --type Microsoft.Storage/storageAccounts --query "[?contains(properties.privateEndpoint.id, '/${o.endpoint}')].id" -o tsv \
  | xargs -r -n1 az network private-endpoint-connection approve --description "flgen ${topology}" --id
```
</#macro>
<#macro aksInvoke s>
<#local c = s.data>
The API server is private and has no public name, so `kubectl` runs inside the cluster through
Azure Resource Manager (`az aks command invoke`, which attaches this folder's files), from your machine:
```bash
(cd k8s/${c.silo} && az aks command invoke --subscription "${c.subscription}" --resource-group "${c.resourceGroup}" \
  --name "${c.cluster}" --command "kubectl apply -f ." --file .)
```
<@networkPolicy c/>
</#macro>
<#macro aks s>
<#local c = s.data>
```bash
az aks get-credentials --subscription "${c.subscription}" --resource-group "${c.resourceGroup}" --name "${c.cluster}"
kubectl apply -f k8s/${c.silo}/
```
<@networkPolicy c/>
</#macro>
<#macro arc s>
<#local c = s.data>
<#if c.privatePath??>
<#local pp = c.privatePath>
The cluster reaches the hub's private endpoints over the silo's ${pp.via} and resolves them through
the DNS server `${pp.dns}`. flgen does not deploy that path: the silo's network admin provides the
${pp.via} into the hub and DNS at `${pp.dns}` that answers these private zones with the private
endpoints' addresses (for example conditional forwarders to a DNS resolver in the hub):
<#list pp.zones as z>`${z}`<#sep>, </#sep></#list>. Check it from a machine on the cluster's network
before going on; each name must resolve to a private address in the hub:
```bash
<#list pp.hosts as h>
nslookup ${h} ${pp.dns}
</#list>
```
</#if>
On a machine with access to the Arc-enabled cluster `${c.cluster}` (resource group `${c.resourceGroup}`):
```bash
kubectl apply -f k8s/${c.silo}/
```
If the Azure ML extension reports a missing relay, create it with the CLI instead, which provisions
the Azure Relay it needs: `az k8s-extension create --cluster-type connectedClusters --cluster-name "${c.cluster}" --resource-group "${c.resourceGroup}" --name azureml --extension-type Microsoft.AzureML.Kubernetes --config enableTraining=True --scope cluster --auto-upgrade-minor-version true`.
<@networkPolicy c/>
</#macro>
<#macro networkPolicy c>
<#if c.networkPolicyFile?has_content>

`k8s/${c.silo}/${c.networkPolicyFile}` denies all traffic of the namespace's pods except egress to the
cluster DNS, to the Azure ML extension (namespace `azureml`) and to TCP 443 anywhere; a job that needs
anything else (a package mirror on port 80, another service in the cluster) needs one more NetworkPolicy.
</#if>
</#macro>
<#macro attach s>
Azure ML attaches a cluster only into a namespace that already exists; now that every cluster admin
has applied `k8s/<silo>/`, re-run the deployment with the attach switched on:
```bash
az deployment sub create \
  --name ${deployment} \
  --location ${region} \
  --template-file infra/main.bicep \
  --parameters @infra/main.parameters.json${attachArgs}
```
</#macro>
<#macro datastores s>
```bash
<#list s.data as d>
az ml datastore create --file ${d} --workspace-name ${workspace} --resource-group "${resourceGroup}"
</#list>
```
</#macro>
<#macro uploads s>
<#local up = s.data>
Each silo's data goes straight to that silo's own data container, signed in with Entra ID as the
data owner; it never passes through the workspace or the orchestrator storage. Local-data silos
copy their data onto the cluster's volume instead.
<#if up.directOnly>

The workspace UI cannot upload this data: the workspace has no permission on silo storage, by
design (run stage). Upload with the direct-to-storage command below, to the prefix the pipeline
reads.
</#if>
<#list up.silos as u>

Silo ${u.silo}, from ${u.where}<#if u.tenant?has_content> (signed in to tenant `${u.tenant}`)</#if>:
<#if u.studio>
upload through Azure ML studio (Data, Create, From local files, datastore `${u.datastore}`,
folders `${u.training}` and `${u.testing}`) or with the CLI:
</#if>
```bash
<#if u.viaJumpbox>
# on your machine, with the tunnel and certificate of step 2: copy the data to the jumpbox
tar cf - ./${u.training} ./${u.testing} | ssh -p 50022 -i ~/.ssh/id_ed25519 -o CertificateFile=~/.ssh/id_ed25519-aadcert.pub \
  "$(az account show --query user.name -o tsv)@127.0.0.1" tar xf -
# on the jumpbox, as yourself:
</#if>
az storage blob upload-batch --auth-mode login --account-name ${u.account} --destination ${u.container} \
  --destination-path ${u.training} --source ./${u.training}
az storage blob upload-batch --auth-mode login --account-name ${u.account} --destination ${u.container} \
  --destination-path ${u.testing} --source ./${u.testing}
```
</#list>
<#if up.baseline?has_content>

The baseline's pooled copy of the non-sensitive data, uploaded by a data scientist (the only
people who may write it) from ${up.baselineWhere}:
```bash
<#list up.baseline as b>
az storage blob upload-batch --auth-mode login --account-name ${b.account} --destination ${b.container} \
  --destination-path ${b.path} --source ./baseline/${b.path}
</#list>
```
</#if>
</#macro>
<#macro dataAssets s>
Each asset is a named, versioned pointer to a folder of a datastore: creating it reads no data and
needs no access to silo storage, only the workspace role the job submission needs. A version is
immutable: after new data is uploaded, bump `data.version` (or `job.baseline.dataVersion`) in the
topology, re-render and create the new version.
```bash
<#list s.data as a>
az ml data create --file ${a} --workspace-name ${workspace} --resource-group "${resourceGroup}"
</#list>
```
</#macro>
<#macro submit s>
Put the component YAML the topology references under `aml/` (paths are relative to `aml/`), then:
```bash
az ml job create --file aml/pipeline.yaml --workspace-name ${workspace} --resource-group "${resourceGroup}"<#list clientIds as c> \
  --set inputs.${c}=<app id printed by the trust script></#list>
<#list s.data as b>
az ml job create --file ${b} --workspace-name ${workspace} --resource-group "${resourceGroup}"
</#list>
```
</#macro>
# Deploying `${topology}` (${stage} stage)

Generated by flgen. Run the steps in order from this folder; each step says **who** runs it and
in **which tenant**. Every command is exact; nothing here uses account keys.

Tenants:
- **orchestrator tenant** `${homeTenant}`: the workspace, every compute and identity, the
  exchange storage, and every role assignment of this bundle (`infra/main.bicep`).
<#list partners as p>
- **partner tenant** `${p.tenant}`: its silo storage and the grant to a federated app
  (`infra/tenants/${p.tenant}/`). Nothing in one tenant's bundle is scoped in another tenant.
</#list>

## Who needs what
- The orchestrator deployer needs **Owner**, or **Contributor** plus **Role Based Access Control
  Administrator**, on each subscription below, because the deployment creates resource groups and
  ${grants} role assignments:
<#list subscriptions as s>
  - `${s}`
</#list>
<#list existingStorage as e>
- On the existing storage account `${e.account}` (resource group `${e.resourceGroup}` in subscription
  `${e.subscription}`) the deployer needs **Owner**, or **Role Based Access Control Administrator**
  plus a role that allows `Microsoft.Resources/deployments/*` (Contributor, or a custom role with
  only that action), on that resource group: the deployment runs a nested deployment there that only
  adds role assignments, and never changes the account.
</#list>
<#list partners as p>
- In partner tenant `${p.tenant}`, its admin needs **Application Administrator** (or admin consent
  rights) to create the service principal, and **Owner** or **Role Based Access Control
  Administrator** on subscription `${p.subscription}`.
</#list>

<#list existingGroups as g>
- Resource group `${g.resourceGroup}` in subscription `${g.subscription}` belongs to another party and
  must already exist: the deployment references it and never creates or re-tags it, but it deploys
  into it (a nested deployment, the silo's identity and its role assignments), so the deployer needs
  **Owner**, or **Contributor** plus **Role Based Access Control Administrator**, on that group.
</#list>

## Before you start (your machine)
Install the Azure CLI extensions these steps use:
```bash
<#list extensions as e>
az extension add --upgrade --name ${e}
</#list>
```

Then, signed in with `az login` as the orchestrator deployer, check the subscriptions against the
topology this folder was rendered from, read-only (names free, providers registered, VM sizes
offered in each region with Azure ML quota for the maximum nodes, the real settings of existing
accounts, DNS zones, Arc clusters, your right to assign roles, address overlaps; exit 0 means every
check passed, 2 that one could not run):
```bash
./flgen preflight <the topology.yaml you rendered>
```
<#list arcClusters as a>

## Step 0 for silo ${a.silo}: connect its Arc cluster (cluster admin, on a machine with kubectl access to it)
The Azure ML extension can only be installed on a cluster that is already connected to Azure Arc, in
a resource group this deployment does not create:
```bash
az login${tenantArg}
az account set --subscription ${a.subscription}
az provider register --namespace Microsoft.Kubernetes --wait
az provider register --namespace Microsoft.KubernetesConfiguration --wait
az provider register --namespace Microsoft.ExtendedLocation --wait
az group create --name "${a.resourceGroup}" --location ${a.region}
az connectedk8s connect --name "${a.cluster}" --resource-group "${a.resourceGroup}" --location ${a.region}
```
</#list>
<#list steps as s>

## ${s.number}. ${s.title}
<@.vars[s.kind] s/>
</#list>
<#if crawl>

## Tearing the sandbox down
A crawl sandbox is disposable: its Key Vaults have purge protection off (it can never be turned
off once on, and it is on from walk), so deleting the resource groups and purging the vaults frees
every name:
```bash
az group delete --name "${resourceGroup}" --yes
az keyvault list-deleted --query "[].name" -o tsv | xargs -r -n1 az keyvault purge --name
```
</#if>
