import { Create, SimpleForm } from 'react-admin';
import { SolicitationInputs } from './SolicitationInputs.js';

/** Office or UFWD composes the document, its sections or questions, the branches and the deadline; it is sent from its page. */
export const SolicitationCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ documentVersion: '征求意见稿', sections: [] }}>
      <SolicitationInputs />
    </SimpleForm>
  </Create>
);
