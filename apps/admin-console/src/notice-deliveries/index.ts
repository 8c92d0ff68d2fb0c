import OutgoingMailIcon from '@mui/icons-material/OutgoingMail';
import { DeliveryList } from './DeliveryList.js';

export const noticeDeliveries = { list: DeliveryList, icon: OutgoingMailIcon };
