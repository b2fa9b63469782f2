import os from 'node:os';

/** An IPv4 address of this machine beyond loopback, and the interface it is on. */
export interface LanAddress {
  interface: string;
  address: string;
}

/** Wi-Fi and Ethernet adapters as Linux, macOS and Windows name them: where a room's phones are. */
const PHYSICAL = /^(wl|en|eth|wi-?fi|wlan|ethernet|local area connection)/i;
/**
 * Containers, virtual machines, VPNs and tunnels: reachable from this machine only, or from
 * elsewhere than the room. Still listed (a Wi-Fi adapter with an odd name must not vanish), last.
 */
const VIRTUAL =
  /^(docker|br-|veth|virbr|vmnet|vboxnet|vethernet|tun|tap|utun|wg|tailscale|zt|lxc|lxd|cni|flannel|cali|podman|kube|ipsec|ppp|awdl|llw|anpi|gif|stf)/i;

function interfaceRank(name: string): number {
  if (VIRTUAL.test(name)) return 2;
  return PHYSICAL.test(name) ? 0 : 1;
}

/**
 * Venue Wi-Fi and a laptop's own hotspot hand out private addresses (RFC 1918); 100.64/10 is
 * carrier-grade NAT, which VPNs such as Tailscale use; 169.254/16 is what an adapter gives itself
 * when no DHCP answered, which phones rarely share.
 */
function addressRank(address: string): number {
  const [a = 0, b = 0] = address.split('.').map(Number);
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return 0;
  if (a === 169 && b === 254) return 3;
  if (a === 100 && b >= 64 && b <= 127) return 2;
  return 1;
}

/**
 * Every IPv4 address of this machine that another device could reach, the likeliest to be the
 * room's Wi-Fi first: by kind of interface, then kind of address, then name. The first one is the
 * origin join codes point at in venue mode (unless `PUBLIC_URL` says otherwise). IPv6 is left out:
 * link-local ones need a zone id no phone's address bar takes, and venue networks all speak IPv4.
 */
export function lanAddresses(
  interfaces: NodeJS.Dict<os.NetworkInterfaceInfo[]> = os.networkInterfaces(),
): LanAddress[] {
  const found: LanAddress[] = [];
  for (const [name, infos] of Object.entries(interfaces)) {
    for (const info of infos ?? []) {
      if (info.family !== 'IPv4' || info.internal) continue;
      if (!found.some((seen) => seen.address === info.address))
        found.push({ interface: name, address: info.address });
    }
  }
  return found.sort(
    (x, y) =>
      interfaceRank(x.interface) - interfaceRank(y.interface) ||
      addressRank(x.address) - addressRank(y.address) ||
      x.interface.localeCompare(y.interface) ||
      x.address.localeCompare(y.address, undefined, { numeric: true }),
  );
}

/** `http://192.168.1.20:3000`: venue mode serves plain HTTP, there being no certificate for a LAN address. */
export function lanOrigin(address: LanAddress, port: number): string {
  return `http://${address.address}:${port}`;
}
