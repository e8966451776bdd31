/** JSON-LD nodes from content entries, so pages never assemble them by hand. */
import type { TeamMember } from '../content/queries';
import { personNode, type GraphNode } from './graph';

/** The Person node for a team member, with the path of a rendition of their photo when the page has one (src/lib/og.ts). */
export function personNodeFor(member: TeamMember, image?: string): GraphNode {
  return personNode({
    id: member.id,
    name: member.data.name,
    jobTitle: member.data.role,
    credentials: member.data.credentials,
    description: member.data.description,
    image,
  });
}
