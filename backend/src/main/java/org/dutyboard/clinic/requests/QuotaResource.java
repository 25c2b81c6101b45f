package org.dutyboard.clinic.requests;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("QuotaResource")
@Description("A quota a request asks to change.")
public enum QuotaResource {
  @Description("Number of instances (VMs).")
  INSTANCES,
  @Description("Virtual CPU cores.")
  CORES,
  @Description("Memory, in GB.")
  RAM_GB,
  @Description("Storage (volumes, object storage), in GB; large increases go to the meeting.")
  STORAGE_GB,
  @Description("Floating IPs; any floating IP request goes to the meeting.")
  FLOATING_IPS,
  @Description("Another countable resource; say which in the request details.")
  OTHER
}
