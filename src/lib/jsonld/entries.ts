/** JSON-LD nodes from content entries, so pages never assemble them by hand. */
import type { TeamMember } from '../content/queries';
import { personNode, type GraphNode } from './graph';

/** The Person node for a team member. */
export function personNodeFor(member: TeamMember): GraphNode {
  return personNode({
    id: member.id,
    name: member.data.name,
    jobTitle: member.data.role,
    credentials: member.data.credentials,
    description: member.data.description,
    image: member.data.photo.src,
  });
}
